import type { InitiativeTab } from '../domain/initiative-tabs';

/** The app's URLs, in one place, so every feature links the same way. */
export const paths = {
  home: () => '/',
  products: () => '/products',
  board: (productId: string) => `/p/${productId}`,
  list: (productId: string) => `/p/${productId}/list`,
  archive: (productId: string) => `/p/${productId}/archive`,
  /** The overview, the initiative's first tab, is its plain URL; each other tab adds its name. */
  initiative: (productId: string, initiativeId: string, tab: InitiativeTab = 'overview') =>
    `/p/${productId}/i/${initiativeId}${tab === 'overview' ? '' : `/${tab}`}`,
  hypotheses: (productId: string) => `/p/${productId}/hypotheses`,
  interviews: (productId: string) => `/p/${productId}/interviews`,
  interview: (productId: string, interviewId: string) => `/p/${productId}/interviews/${interviewId}`,
  strategy: (productId: string) => `/p/${productId}/strategy`,
  matrix: (productId: string) => `/p/${productId}/matrix`,
  roadmap: (productId: string) => `/p/${productId}/roadmap`,
  delivery: (productId: string) => `/p/${productId}/delivery`,
  metrics: (productId: string) => `/p/${productId}/metrics`,
  review: (productId: string) => `/p/${productId}/review`,
  sprint: (productId: string, sprintId: string) => `/p/${productId}/sprints/${sprintId}`,
  ritualRun: (productId: string, runId: string) => `/p/${productId}/rituals/${runId}`,
  sharing: (productId: string) => `/p/${productId}/sharing`,
  /** The feedback inbox; with a note, that note selected. */
  feedback: (productId: string, noteId?: string) => `/p/${productId}/feedback${noteId ? `?note=${encodeURIComponent(noteId)}` : ''}`,
  accounts: (productId: string) => `/p/${productId}/accounts`,
  account: (productId: string, accountId: string) => `/p/${productId}/accounts/${accountId}`,
  templates: () => '/templates',
  data: () => '/settings/data',
  template: (templateId: string) => `/templates/${encodeURIComponent(templateId)}`,
};
