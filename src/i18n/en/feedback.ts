/** English messages of customer feedback: the inbox, capture and linking; loaded with those screens. */
export const feedbackEn = {
  feedback: {
    source: {
      sales: 'Sales',
      customerSuccess: 'Customer success',
      support: 'Support',
      user: 'User',
      review: 'Review',
      analytics: 'Analytics',
      internal: 'Internal',
      other: 'Other',
    },
    importance: {
      niceToHave: 'Nice to have',
      important: 'Important',
      critical: 'Critical',
    },
    state: {
      toProcess: 'To process',
      processed: 'Processed',
      dismissed: 'Dismissed',
    },
  },
};
