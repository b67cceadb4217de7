import type { BuiltInTexts } from '../structure';

export const hypotheses: Pick<BuiltInTexts, 'hypothesis' | 'testCard' | 'learningCard'> = {
  hypothesis: {
    name: 'Hypothèse (Lean UX)',
    description:
      'Un énoncé d’hypothèse tiré de Lean UX (Jeff Gothelf et Josh Seiden), placé sur une carte des hypothèses (assumption map, David Bland) pour tester d’abord les hypothèses importantes et peu prouvées.',
    outputs: { hypothesis: 'Une hypothèse testable', assumption: 'Sa place sur la carte des hypothèses' },
    sections: {
      statement: {
        title: 'Énoncé d’hypothèse',
        intro:
          'Nous pensons que [faire ceci] pour [persona] permettra d’atteindre [résultat]. Nous saurons que c’est vrai quand nous verrons [signal].',
      },
      assumption: {
        title: 'Carte des hypothèses',
        intro: 'Le type de risque, ce qui en dépend et les preuves dont l’équipe dispose déjà.',
      },
    },
    items: {
      'statement.belief': { label: 'Nous pensons que [faire ceci]', help: 'Le changement, la fonctionnalité ou l’action sur lequel l’équipe parie.' },
      'statement.persona': { label: 'pour [persona]', help: 'Pour qui : un persona ou un segment.' },
      'statement.outcome': {
        label: 'permettra d’atteindre [résultat]',
        help: 'Le changement de comportement ou le résultat attendu, pas le livrable.',
      },
      'statement.signal': {
        label: 'Nous saurons que c’est vrai quand nous verrons [signal]',
        help: 'Quelque chose d’observable et de mesurable que les gens font, pas ce qu’ils disent.',
      },
      'statement.threshold': {
        label: 'Seuil',
        help: 'Le niveau qui sépare le succès de l’échec, fixé avant le test (par exemple au moins 20 % des utilisateurs en essai sous deux semaines).',
      },
      'assumption.category': {
        label: 'Catégorie',
        help: 'Désirabilité : le veulent-ils ? Viabilité : devons-nous le faire, est-ce rentable ? Faisabilité : pouvons-nous le construire ? Utilisabilité : sauront-ils s’en servir ?',
        options: { desirability: 'Désirabilité', viability: 'Viabilité', feasibility: 'Faisabilité', usability: 'Utilisabilité' },
      },
      'assumption.importance': { label: 'Importance', help: '1 : bon à savoir ; 5 : l’idée échoue si c’est faux.' },
      'assumption.evidence': { label: 'Niveau de preuve', help: '1 : aucune preuve, seulement des opinions ; 5 : des preuves solides, tirées de comportements observés.' },
      'assumption.test-first': 'Testez d’abord les hypothèses les plus importantes et les moins prouvées.',
    },
  },
  testCard: {
    name: 'Carte de test',
    description:
      'La test card de Strategyzer (David Bland et Alex Osterwalder, Testing Business Ideas) : concevoir une expérience pour une hypothèse, et décider avant de la lancer quel résultat vous donne raison.',
    outputs: { experiment: 'Une expérience prête à lancer', criterion: 'Un critère de réussite fixé à l’avance' },
    sections: {
      hypothesis: { title: 'Étape 1 : hypothèse', intro: 'L’hypothèse à tester, et sa criticité.' },
      test: { title: 'Étape 2 : test', intro: 'L’expérience, son coût et la fiabilité de ses données.' },
      metric: { title: 'Étape 3 : mesure', intro: 'Ce que l’expérience va mesurer.' },
      criteria: { title: 'Étape 4 : critères', intro: 'Le résultat qui donne raison à l’hypothèse, décidé avant le test.' },
      plan: { title: 'Organisation', intro: 'Quand les résultats sont attendus, et qui mène le test.' },
    },
    items: {
      'hypothesis.belief': { label: 'Nous pensons que' },
      'hypothesis.criticality': { label: 'Criticité', help: '1 : mineure ; 5 : l’idée en dépend.' },
      'test.experiment': {
        label: 'Pour le vérifier, nous allons',
        help: 'L’expérience : une série d’entretiens, une landing page, un test de prototype…',
      },
      'test.cost': { label: 'Coût du test', help: '1 : peu coûteux ; 5 : coûteux en argent ou en temps.' },
      'test.reliability': { label: 'Fiabilité des données', help: '1 : faible (ce que les gens disent) ; 5 : forte (ce que les gens font).' },
      'metric.measure': { label: 'Et mesurer' },
      'criteria.right-if': {
        label: 'Nous avons raison si',
        help: 'Un seuil sur la mesure, par exemple au moins 30 inscriptions pour 500 visiteurs.',
      },
      'plan.deadline': { label: 'Échéance' },
      'plan.owner': { label: 'Responsable' },
    },
  },
  learningCard: {
    name: 'Carte d’apprentissage',
    description:
      'La learning card de Strategyzer (David Bland et Alex Osterwalder, Testing Business Ideas) : consigner ce qu’une expérience a montré, ce que l’équipe en a appris et ce qu’elle va faire ensuite.',
    outputs: { decision: 'Une décision sur l’hypothèse', actions: 'Les prochaines actions' },
    sections: {
      believed: { title: 'Étape 1 : hypothèse', intro: 'L’hypothèse qui a été testée.' },
      observed: { title: 'Étape 2 : observation', intro: 'Ce que l’expérience a montré, et la confiance à accorder aux données.' },
      learned: { title: 'Étape 3 : apprentissages', intro: 'Ce que l’observation signifie pour l’hypothèse.' },
      therefore: { title: 'Étape 4 : décisions et actions', intro: 'Ce que l’équipe va faire de ce qu’elle a appris.' },
    },
    items: {
      'believed.hypothesis': { label: 'Nous pensions que' },
      'observed.results': { label: 'Nous avons observé', help: 'Les résultats face au critère de réussite, chiffres à l’appui.' },
      'observed.reliability': { label: 'Fiabilité des données', help: '1 : faible (ce que les gens disent) ; 5 : forte (ce que les gens font).' },
      'learned.insight': { label: 'Nous en avons appris que' },
      'learned.decision': {
        label: 'Décision',
        options: { validated: 'Validée', invalidated: 'Invalidée', inconclusive: 'Non concluante' },
      },
      'therefore.actions': { label: 'Par conséquent, nous allons', help: 'Persévérer, pivoter, arrêter, ou lancer un autre test.' },
      'therefore.action-required': { label: 'Action requise', help: '1 : aucun changement nécessaire ; 5 : agir tout de suite.' },
    },
  },
};
