import type { BuiltInTexts } from '../structure';

export const definitions: Pick<BuiltInTexts, 'definitionOfReady' | 'definitionOfDone'> = {
  definitionOfReady: {
    name: 'Definition of Ready (DoR)',
    description:
      'Un accord d’équipe sur le moment où un élément du backlog peut entrer dans un sprint. Elle ne figure pas dans le Scrum Guide, mais c’est une pratique courante ; gardez-la légère, pour qu’elle guide l’affinage au lieu de bloquer le travail.',
    outputs: { ready: 'Éléments prêts pour le sprint planning' },
    sections: {
      story: { title: 'La user story', intro: 'L’élément dit pour qui, quoi et pourquoi, et comment savoir que ça marche.' },
      team: { title: 'Prêt pour un sprint', intro: 'Les développeurs peuvent commencer sans attendre personne.' },
    },
    items: {
      'story.form': 'Rédigé en user story : « En tant que… je veux… afin de… »',
      'story.acceptance': 'Critères d’acceptation testables, rédigés en Étant donné / Quand / Alors (Given / When / Then)',
      'story.invest': 'Porteur de valeur et négociable (INVEST : Indépendant, Négociable, Valeur, Estimable, Suffisamment petit, Testable)',
      'team.estimated': 'Estimé par les développeurs',
      'team.dependencies': 'Dépendances connues, aucune bloquante',
      'team.small': 'Assez petit pour être terminé (Done) en un sprint',
      'team.design': 'Maquettes et UX disponibles, si besoin',
      'team.agreed': 'Compris et validé avec l’équipe',
    },
  },
  definitionOfDone: {
    name: 'Definition of Done (DoD)',
    description:
      'D’après le Scrum Guide (2020) : une description formelle de l’état de l’incrément lorsqu’il satisfait aux mesures de qualité requises pour le produit. Un travail qui ne la satisfait pas n’est pas terminé et ne peut être ni livré ni montré en sprint review.',
    outputs: { increment: 'Un incrément terminé (Done)' },
    sections: {
      quality: { title: 'Qualité', intro: 'Le travail fait ce qui était convenu, et le fait bien.' },
      product: { title: 'Prêt pour les utilisateurs', intro: 'On peut le découvrir, s’en servir et s’y fier.' },
      release: { title: 'Livré', intro: 'La valeur arrive aux utilisateurs, ou pourrait y arriver à tout moment.' },
    },
    items: {
      'quality.acceptance': 'Critères d’acceptation satisfaits',
      'quality.review': 'Code relu (revue de code)',
      'quality.automated-tests': 'Tests automatisés écrits et au vert',
      'quality.tested': 'Testé par une personne (recette, tests exploratoires)',
      'product.documented': 'Documenté : documentation utilisateur et documentation technique à jour',
      'product.accessible': 'Accessible, et traduit en français et en anglais, le cas échéant',
      'product.monitoring': 'Monitoring et analytics en place',
      'release.deployed': 'Déployé en production, ou livrable à tout moment',
      'release.accepted': 'Accepté par le Product Owner',
    },
  },
};
