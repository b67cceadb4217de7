import type { BuiltInTexts } from '../structure';

export const rituals: Pick<BuiltInTexts, 'planning' | 'daily' | 'refinement' | 'review'> = {
  planning: {
    name: 'Sprint planning',
    description:
      'D’après le Scrum Guide (2020) : toute l’équipe Scrum répond à pourquoi le sprint a de la valeur, à ce qui peut être fait et à comment le faire, et repart avec un objectif de sprint et un sprint backlog.',
    outputs: { goal: 'Objectif de sprint', items: 'Éléments du backlog produit sélectionnés', plan: 'Plan pour les réaliser' },
    sections: {
      prepare: { title: 'Préparer', intro: 'Ce que l’équipe doit avoir sous la main avant de commencer.' },
      why: { title: 'Pourquoi ce sprint a-t-il de la valeur ?', intro: 'Premier sujet : l’objectif de sprint.' },
      what: { title: 'Que peut-on faire pendant ce sprint ?', intro: 'Deuxième sujet : sélectionner des éléments du backlog produit.' },
      how: { title: 'Comment le travail choisi sera-t-il réalisé ?', intro: 'Troisième sujet : planifier le travail.' },
    },
    items: {
      'prepare.backlog': 'Backlog produit affiné et ordonné : les premiers éléments sont prêts',
      'prepare.capacity': 'Capacité de l’équipe connue pour le sprint (absences, congés, autres engagements)',
      'prepare.past-performance': 'Performance passée sous la main : ce que l’équipe a terminé lors des derniers sprints',
      'prepare.retro-actions': 'Actions de la dernière rétro sous la main',
      'prepare.dod': 'Definition of Done (DoD) sous la main',
      'why.proposal': 'Le Product Owner propose comment le produit pourrait gagner en valeur et en utilité pendant ce sprint.',
      'why.product-goal': 'En quoi ce sprint rapproche-t-il le produit de l’objectif produit ?',
      'why.goal': {
        label: 'Objectif de sprint',
        help: 'Un seul objectif pour le sprint, convenu par toute l’équipe Scrum. Il donne le cap et laisse de la latitude sur le travail qui permet de l’atteindre.',
      },
      'what.select': 'Les développeurs sélectionnent des éléments du backlog produit, avec le Product Owner',
      'what.refine': 'Éléments sélectionnés affinés si besoin, pour les clarifier',
      'what.forecast': 'La sélection tient compte de la capacité de l’équipe et de sa performance passée',
      'how.decompose': 'Chaque élément sélectionné découpé en travail nécessaire pour satisfaire la DoD',
      'how.small': 'Travail découpé en tâches d’une journée ou moins',
      'how.developers-decide': 'La façon de réaliser le travail relève des seuls développeurs ; personne d’autre ne leur dit comment faire.',
      'how.goal-final': 'Objectif de sprint écrit avant la fin du sprint planning',
    },
  },
  daily: {
    name: 'Daily scrum',
    description:
      'D’après le Scrum Guide (2020) : un événement de 15 minutes pour les développeurs, à la même heure et au même endroit chaque jour ouvré, pour inspecter la progression vers l’objectif de sprint et adapter le plan.',
    outputs: { plan: 'Plan mis à jour pour la prochaine journée de travail', blockers: 'Blocages remontés' },
    sections: {
      format: {
        title: 'Format',
        intro: 'Pour les développeurs. Le Product Owner et le Scrum Master n’y participent en tant que développeurs que s’ils travaillent sur des éléments du sprint backlog.',
      },
      progress: { title: 'Progression vers l’objectif de sprint', intro: 'Inspecter où en est l’équipe.' },
      blockers: { title: 'Blocages', intro: 'Ce qui gêne, et qui aidera à le lever.' },
      focus: { title: 'Priorités du jour', intro: 'Ce que l’équipe va faire ensuite pour atteindre l’objectif de sprint.' },
      adapt: { title: 'Adapter le plan', intro: 'Repartir avec un plan concret pour la prochaine journée de travail.' },
    },
    items: {
      'format.who': 'Même heure, même endroit, chaque jour ouvré ; 15 minutes au plus.',
      'format.structure':
        'Toute structure convient tant qu’elle porte sur la progression vers l’objectif de sprint ; parcourir le tableau vaut souvent mieux qu’un tour de table des statuts.',
      'progress.on-track': 'Sommes-nous en bonne voie pour atteindre l’objectif de sprint ?',
      'progress.since-yesterday': 'Qu’est-ce qui a avancé sur le tableau depuis hier, et qu’est-ce qui n’a pas bougé ?',
      'blockers.list': {
        label: 'Blocages',
        help: 'Un par ligne, avec qui aidera à le lever. La résolution se fait après le daily, avec les seules personnes concernées.',
      },
      'focus.today': { label: 'Priorités du jour', help: 'Les quelques sujets qui rapprochent le plus l’équipe de l’objectif de sprint.' },
      'adapt.plan': 'Sprint backlog mis à jour avec le plan de la prochaine journée',
      'adapt.follow-ups': 'Échanges de suivi calés juste après le daily, avec les seules personnes concernées',
    },
  },
  refinement: {
    name: 'Affinage du backlog',
    description:
      'D’après le Scrum Guide (2020) : le travail continu de découpage des éléments du backlog produit et d’ajout de détails, d’ordre et de taille, pour que les prochains sprints aient des éléments prêts à être sélectionnés.',
    outputs: { ready: 'Éléments prêts pour les prochains sprints' },
    sections: {
      about: { title: 'Une activité continue', intro: 'L’affinage a lieu tout au long du sprint, pas une seule fois.' },
      refine: { title: 'Affiner chaque élément', intro: 'Product Owner et développeurs ensemble, un élément à la fois.' },
      order: { title: 'Ordonner le backlog', intro: 'Avec ce que l’équipe vient d’apprendre.' },
    },
    items: {
      'about.ongoing':
        'Le Scrum Guide ne fixe pas de timebox pour l’affinage ; beaucoup d’équipes y consacrent moins de 10 % de la capacité des développeurs, comme le suggéraient les éditions précédentes du guide.',
      'about.top-first': 'Éléments à affiner pris en haut du backlog : à peu près les deux prochains sprints',
      'refine.split': 'Gros éléments découpés en plus petits, chacun ayant de la valeur par lui-même',
      'refine.acceptance': 'Critères d’acceptation clarifiés et testables, en Étant donné / Quand / Alors (Given / When / Then)',
      'refine.estimate': 'Estimé par les développeurs qui feront le travail',
      'refine.ready': 'Vérifié au regard de la Definition of Ready (DoR)',
      'order.backlog': 'Backlog produit ordonné par le Product Owner',
    },
  },
  review: {
    name: 'Sprint review',
    description:
      'D’après le Scrum Guide (2020) : une séance de travail où l’équipe Scrum et les principales parties prenantes inspectent le résultat du sprint et décident de la suite ; pas seulement une démo.',
    outputs: { decisions: 'Décisions', backlog: 'Backlog produit révisé' },
    sections: {
      outcome: { title: 'Inspecter le résultat', intro: 'Avec les principales parties prenantes : ce que le sprint a permis.' },
      increment: { title: 'Montrer l’incrément', intro: 'Montrer ce qui est terminé (Done), et recueillir les réactions.' },
      changes: { title: 'Ce qui a changé', intro: 'Le monde aussi a bougé pendant le sprint.' },
      adapt: { title: 'Adapter le backlog produit', intro: 'Décider ensemble de la suite.' },
    },
    items: {
      'outcome.stakeholders': 'Principales parties prenantes invitées et présentes',
      'outcome.goal': 'L’objectif de sprint est-il atteint ? Qu’est-ce qui a été fait, et qu’est-ce qui ne l’a pas été ?',
      'outcome.product-goal': 'Où en est le produit par rapport à l’objectif produit ?',
      'increment.done': 'Seul le travail qui satisfait la DoD est montré',
      'increment.feedback': 'Laissez les parties prenantes essayer l’incrément, et recueillez leurs retours.',
      'changes.market': 'Qu’est-ce qui a changé sur le marché, chez les utilisateurs ou dans l’activité depuis la dernière review ?',
      'changes.product': 'Qu’est-ce qui a changé dans le produit : usage, indicateurs, incidents, budget, calendrier ?',
      'adapt.next': 'Quelles sont les choses les plus utiles à faire ensuite ?',
      'adapt.backlog': 'Backlog produit révisé selon ce qui a été décidé',
      'adapt.decisions': { label: 'Décisions', help: 'Une par ligne, avec qui s’en charge.' },
    },
  },
};
