import type { SectionMessages } from '../messages';

/** French messages of the list view, loaded with it. */
export const listFr: SectionMessages<'list'> = {
  list: {
    title: 'Initiatives de {{product}}',
    backToBoard: 'Tableau',
    caption: 'Initiatives actives de {{product}}',
    count_one: '{{count}} initiative',
    count_other: '{{count}} initiatives',
    filters: 'Filtrer les initiatives',
    shown_one: '{{count}} initiative affichée sur {{total}}',
    shown_other: '{{count}} initiatives affichées sur {{total}}',
    empty: 'Aucune initiative ne correspond à ces filtres.',
    columns: 'Colonnes',
    columnsLegend: 'Colonnes affichées',
    exportCsv: 'Exporter en CSV',
    exported_one: '{{count}} ligne exportée dans {{file}}.',
    exported_other: '{{count}} lignes exportées dans {{file}}.',
    sortBy: 'Trier par {{column}}',
    notScored: 'Sans score',
    headers: {
      title: 'Titre',
      lane: 'Couloir',
      stage: 'Étape',
      owner: 'Responsable',
      score: 'Score',
      objective: 'Objectif',
      segment: 'Segment',
      tags: 'Étiquettes',
      hypotheses: 'Hypothèses',
      stories: 'Stories',
      demand: 'Demande',
      revenue: 'CA des demandeurs',
      updated: 'Dernière modification',
    },
    scoreHeader: 'Score ({{framework}})',
  },
};
