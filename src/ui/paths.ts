/** The app's URLs, in one place, so every feature links the same way. */
export const paths = {
  home: () => '/',
  products: () => '/products',
  board: (productId: string) => `/p/${productId}`,
  archive: (productId: string) => `/p/${productId}/archive`,
  initiative: (productId: string, initiativeId: string) => `/p/${productId}/i/${initiativeId}`,
  hypotheses: (productId: string) => `/p/${productId}/hypotheses`,
  interviews: (productId: string) => `/p/${productId}/interviews`,
  interview: (productId: string, interviewId: string) => `/p/${productId}/interviews/${interviewId}`,
  strategy: (productId: string) => `/p/${productId}/strategy`,
  delivery: (productId: string) => `/p/${productId}/delivery`,
  sprint: (productId: string, sprintId: string) => `/p/${productId}/sprints/${sprintId}`,
  ritualRun: (productId: string, runId: string) => `/p/${productId}/rituals/${runId}`,
  templates: () => '/templates',
  template: (templateId: string) => `/templates/${encodeURIComponent(templateId)}`,
};
