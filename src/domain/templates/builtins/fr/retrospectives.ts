import type { BuiltInTexts } from '../structure';

/** Ouverture et clôture, les mêmes dans les trois formats. */
const shared = {
  sections: {
    opening: { title: 'Planter le décor', intro: 'Partir de la confiance, et de ce à quoi l’équipe s’était engagée la dernière fois.' },
    closing: { title: 'Décider quoi faire', intro: 'Mieux vaut peu d’actions menées à bien que beaucoup d’actions oubliées.' },
  },
  items: {
    'opening.prime-directive':
      'La Prime Directive (Norm Kerth) : « Quoi que nous découvrions, nous comprenons et croyons sincèrement que chacun a fait du mieux qu’il pouvait, compte tenu de ce qu’il savait alors, de ses compétences et capacités, des ressources disponibles et de la situation. »',
    'opening.previous-actions': 'Actions de la rétro précédente passées en revue : faites, toujours utiles, ou abandonnées',
    'closing.pick': '1 à 3 actions choisies, celles qui comptent le plus',
    'closing.owners': 'Chaque action a un responsable et une échéance',
    'closing.record': 'Actions enregistrées sur le tableau, pour que la prochaine rétro puisse les passer en revue',
    'closing.roti': 'Terminez par un ROTI (Return On Time Invested) rapide : chacun note la rétro de 1 à 5.',
  },
};

const description = (format: string) =>
  `${format} Le Scrum Guide (2020) limite la rétro de sprint à 3 heures pour un sprint d’un mois, moins pour des sprints plus courts.`;

const columnsIntro =
  'Chacun écrit d’abord en silence, puis l’équipe regroupe les notes semblables et discute de celles qui comptent le plus.';

export const retrospectives: Pick<BuiltInTexts, 'retroStartStopContinue' | 'retro4L' | 'retroWentWell'> = {
  retroStartStopContinue: {
    name: 'Rétro : Start, Stop, Continue',
    description: description('Un format de rétro simple : ce que l’équipe devrait commencer, arrêter et continuer à faire.'),
    outputs: { actions: 'Actions (1 à 3, chacune avec un responsable et une échéance)' },
    sections: { ...shared.sections, columns: { title: 'Commencer, arrêter, continuer', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.start': { label: 'Commencer (Start)', help: 'Que devrions-nous commencer à faire ?' },
      'columns.stop': { label: 'Arrêter (Stop)', help: 'Qu’est-ce qui n’aide pas et devrait cesser ?' },
      'columns.continue': { label: 'Continuer (Continue)', help: 'Qu’est-ce qui marche et doit être gardé ?' },
    },
  },
  retro4L: {
    name: 'Rétro : 4L',
    description: description(
      'Les 4L (Mary Gorman et Ellen Gottesdiener) : ce que l’équipe a aimé, appris, ce qui lui a manqué et ce qu’elle a désiré pendant le sprint.',
    ),
    outputs: { actions: 'Actions (1 à 3, chacune avec un responsable et une échéance)' },
    sections: { ...shared.sections, columns: { title: 'Aimé, appris, manqué, désiré', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.liked': { label: 'Aimé (Liked)', help: 'Qu’avez-vous apprécié ?' },
      'columns.learned': { label: 'Appris (Learned)', help: 'Qu’avez-vous appris ?' },
      'columns.lacked': { label: 'Manqué (Lacked)', help: 'Qu’est-ce qui a manqué, ou aurait pu être mieux fait ?' },
      'columns.longed-for': { label: 'Désiré (Longed for)', help: 'Qu’auriez-vous aimé avoir ?' },
    },
  },
  retroWentWell: {
    name: 'Rétro : Bien passé, À améliorer, Actions',
    description: description('La rétro classique en trois colonnes : ce qui s’est bien passé, ce qui est à améliorer, et les actions à mener.'),
    outputs: { actions: 'Actions (1 à 3, chacune avec un responsable et une échéance)' },
    sections: { ...shared.sections, columns: { title: 'Bien passé, à améliorer, actions', intro: columnsIntro } },
    items: {
      ...shared.items,
      'columns.went-well': { label: 'Ce qui s’est bien passé', help: 'Qu’est-ce qui a aidé l’équipe pendant ce sprint ?' },
      'columns.to-improve': { label: 'À améliorer', help: 'Qu’est-ce qui a gêné, ou pourrait aller mieux ?' },
      'columns.actions': { label: 'Actions', help: 'Des idées d’actions concrètes ; la clôture choisit celles auxquelles l’équipe s’engage.' },
    },
  },
};
