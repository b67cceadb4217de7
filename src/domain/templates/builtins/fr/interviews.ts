import type { BuiltInTexts } from '../structure';

export const interviews: Pick<BuiltInTexts, 'interview'> = {
  interview: {
    name: 'Entretien utilisateur (histoire vécue)',
    description:
      'Un guide d’entretien de discovery continue à la manière de Teresa Torres (Continuous Discovery Habits) : recueillir une histoire précise, vécue, puis la résumer dans une fiche de synthèse d’entretien (interview snapshot) à partager avec l’équipe.',
    outputs: {
      snapshot: 'Fiche de synthèse d’entretien',
      opportunities: 'Opportunités entendues (besoins, irritants, envies)',
      insights: 'Insights à partager avec l’équipe',
    },
    sections: {
      opening: { title: 'Ouverture', intro: 'Mettre la personne à l’aise et dire à quoi sert l’échange.' },
      story: {
        title: 'L’histoire',
        intro:
          'Demander une histoire précise et récente, puis aider la personne à la raconter en entier. Laissez-la parler ; votre rôle est de la garder sur cette seule fois.',
      },
      closing: { title: 'Clôture', intro: 'Garder du temps pour ce que vous n’avez pas demandé, et pour la suite.' },
      avoid: {
        title: 'Questions à éviter',
        intro: 'On prédit mal ce qu’on ferait, mais on raconte bien ce qu’on a fait. Interrogez le comportement passé.',
      },
      participant: {
        title: 'Participant',
        intro: 'Fiche de synthèse : la personne interrogée. Utilisez un pseudonyme, pas son vrai nom.',
      },
      quote: { title: 'Citation marquante', intro: 'La phrase qui fera se souvenir de cet entretien à toute l’équipe.' },
      facts: { title: 'En bref', intro: 'Le contexte qui aide à situer cette personne et son histoire.' },
      experience: { title: 'Carte d’expérience', intro: 'L’histoire telle qu’elle s’est déroulée, moment par moment.' },
      opportunities: { title: 'Opportunités', intro: 'Les besoins, irritants et envies entendus dans l’histoire.' },
      insights: { title: 'Insights', intro: 'Ce que vous avez appris et qui mérite d’être partagé, au-delà des opportunités.' },
    },
    items: {
      'opening.intro':
        'Présentez-vous et l’objectif : « Nous cherchons à comprendre comment des personnes comme vous [font cette activité]. Il n’y a rien à vendre aujourd’hui. »',
      'opening.consent': 'Accord demandé pour prendre des notes (et pour enregistrer, le cas échéant)',
      'opening.expectations':
        'Fixez le cadre : 30 à 45 minutes environ, pas de bonne ou de mauvaise réponse ; nous venons apprendre de votre expérience, pas vous évaluer.',
      'story.last-time': {
        label: 'Racontez-moi la dernière fois que vous…',
        help: 'Choisissez le moment qui correspond à l’opportunité explorée. Notez l’histoire telle qu’elle est racontée, avec les mots de la personne.',
      },
      'story.sequence': 'Que s’est-il passé ensuite ? Et après ?',
      'story.context': 'Où étiez-vous ? Qui d’autre était impliqué ? Qu’essayiez-vous de faire ?',
      'story.difficulties': 'Qu’est-ce qui a été difficile ou frustrant ?',
      'story.workarounds': 'Comment l’avez-vous contourné ? Qu’avez-vous utilisé à la place ?',
      'story.decision': 'Comment avez-vous décidé quoi faire ? Qu’avez-vous comparé ?',
      'story.specific':
        'Si la réponse devient générale (« en général, je… »), ramenez-la à cette fois-là : « Et cette dernière fois, qu’avez-vous fait ? »',
      'closing.anything-else': 'Y a-t-il autre chose que j’aurais dû vous demander ?',
      'closing.thanks': 'Remerciez la personne pour son temps et son histoire.',
      'closing.follow-up': 'Demandé si nous pouvons la recontacter pour d’autres questions',
      'avoid.would-you-use':
        'Pas de « Est-ce que vous utiliseriez… ? » ni de « Seriez-vous prêt à payer pour… ? » : les réponses sur l’avenir sont des suppositions.',
      'avoid.features':
        'Pas de « Quelles fonctionnalités voudriez-vous ? » : la personne est experte de son problème, pas de la solution.',
      'avoid.leading':
        'Pas de questions orientées (« Ça ne vous agace pas quand… ? ») : posez des questions ouvertes et laissez la personne choisir ses mots.',
      'avoid.hypotheticals': 'Pas d’hypothèses (« Et si… ? », « Imaginez que… ») : demandez ce qui s’est passé, la dernière fois.',
      'participant.alias': { label: 'Pseudonyme', help: 'Un prénom ou un surnom que l’équipe reconnaîtra ; pas de vrai nom.' },
      'participant.role': { label: 'Rôle', help: 'Ce que fait la personne, avec ses propres mots.' },
      'participant.segment': { label: 'Segment', options: { b2b: 'B2B (entreprises)', b2c: 'B2C (particuliers)' } },
      'participant.company-size': {
        label: 'Taille de l’entreprise',
        help: 'Nombre de salariés ; à laisser vide pour un particulier.',
        options: { '1-9': '1 à 9', '10-49': '10 à 49', '50-249': '50 à 249', '250-999': '250 à 999', '1000+': '1 000 ou plus' },
      },
      'quote.text': { label: 'Citation marquante', help: 'Mot pour mot, entre guillemets.' },
      'facts.date': { label: 'Date de l’entretien' },
      'facts.interviewers': { label: 'Intervieweurs' },
      'facts.notes': {
        label: 'En bref',
        help: 'Des faits sur la personne qui aident à comprendre l’histoire : situation, outils utilisés, fréquence, ancienneté.',
      },
      'experience.story': {
        label: 'L’histoire',
        help: 'La suite des moments, dans l’ordre, telle que la personne l’a racontée. Un croquis rapide ou une liste numérotée suffit.',
      },
      'opportunities.list': {
        label: 'Opportunités',
        help: 'Une par ligne, formulée du point de vue de la personne comme un besoin ou un irritant, pas comme une solution.',
      },
      'insights.list': { label: 'Insights', help: 'Ce qui vous a surpris, et ce que cela change pour l’équipe.' },
    },
  },
};
