import type { SectionMessages } from '../messages';

/** French messages of saved views' dialogs, loaded with them. */
export const viewsFr: SectionMessages<'views'> = {
  views: {
    saveTitle: 'Enregistrer la vue',
    name: 'Nom',
    saveHelpBoard: 'Garde les filtres actuels du tableau sous ce nom, dans la barre latérale.',
    saveHelpList: 'Garde les filtres et le tri actuels de la liste sous ce nom, dans la barre latérale.',
    save: 'Enregistrer',
    saved: 'Vue « {{name}} » enregistrée.',
    manageTitle: 'Vue « {{name}} »',
    kindBoard: 'Une vue du tableau',
    kindList: 'Une vue de la liste',
    summary: {
      none: 'Aucun filtre : toutes les initiatives actives.',
      text: 'Recherche : « {{text}} »',
      field: '{{label}} : {{value}}',
      sortAsc: 'Triée par {{column}}, ordre croissant',
      sortDesc: 'Triée par {{column}}, ordre décroissant',
    },
    rename: 'Renommer',
    renamed: 'Vue renommée en « {{name}} ».',
    update: 'Remplacer par les filtres de cette page',
    updateHelpBoard: 'La vue montrera le tableau tel qu’il est maintenant, avec ses filtres.',
    updateHelpList: 'La vue montrera la liste telle qu’elle est maintenant, avec ses filtres et son tri.',
    updateElsewhere: 'Pour changer ses filtres, ouvrez le tableau ou la liste, filtrez-les, puis revenez ici.',
    upToDate: 'Cette page montre la vue telle qu’elle est enregistrée.',
    updated: 'Vue « {{name}} » mise à jour.',
    link: 'Lien à partager',
    linkHelp: 'Les membres de l’équipe qui ont le produit y retrouvent les mêmes filtres.',
    copyLink: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Ce navigateur n’a pas laissé l’application copier : le lien est sélectionné, copiez-le avec Ctrl+C ou ⌘C.',
    delete: 'Supprimer la vue',
    deleted: 'Vue « {{name}} » supprimée.',
  },
};
