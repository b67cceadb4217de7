import type { SectionMessages } from '../messages';

/** French messages of customer feedback: the inbox, capture and linking; loaded with those screens. */
export const feedbackFr: SectionMessages<'feedback'> = {
  feedback: {
    source: {
      sales: 'Ventes',
      customerSuccess: 'Succès client',
      support: 'Support',
      user: 'Utilisateur',
      review: 'Avis',
      analytics: 'Analytique',
      internal: 'Interne',
      other: 'Autre',
    },
    importance: {
      niceToHave: 'Souhaitable',
      important: 'Important',
      critical: 'Critique',
    },
    state: {
      toProcess: 'À traiter',
      processed: 'Traité',
      dismissed: 'Écarté',
    },
  },
};
