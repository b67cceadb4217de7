import type { Language } from './i18n';
import type { Section, SectionTables } from './messages';

type Tables = SectionTables[Section];

/**
 * Each section's messages per language, loaded with the screens that use them, so the first paint
 * downloads only the board's messages. Adding a feature's messages: a file per language, a line here.
 */
export const SECTION_LOADERS: Record<Section, Record<Language, () => Promise<Tables>>> = {
  commands: {
    en: async () => (await import('./en/commands')).commandsEn,
    fr: async () => (await import('./fr/commands')).commandsFr,
  },
  errors: {
    en: async () => (await import('./en/errors')).errorsEn,
    fr: async () => (await import('./fr/errors')).errorsFr,
  },
  discovery: {
    en: async () => (await import('./en/discovery')).discoveryEn,
    fr: async () => (await import('./fr/discovery')).discoveryFr,
  },
  templates: {
    en: async () => (await import('./en/templates')).templatesEn,
    fr: async () => (await import('./fr/templates')).templatesFr,
  },
  workspace: {
    en: async () => (await import('./en/workspace')).workspaceEn,
    fr: async () => (await import('./fr/workspace')).workspaceFr,
  },
  stories: {
    en: async () => (await import('./en/stories')).storiesEn,
    fr: async () => (await import('./fr/stories')).storiesFr,
  },
  sprints: {
    en: async () => (await import('./en/sprints')).sprintsEn,
    fr: async () => (await import('./fr/sprints')).sprintsFr,
  },
  rituals: {
    en: async () => (await import('./en/rituals')).ritualsEn,
    fr: async () => (await import('./fr/rituals')).ritualsFr,
  },
  strategy: {
    en: async () => (await import('./en/strategy')).strategyEn,
    fr: async () => (await import('./fr/strategy')).strategyFr,
  },
  metrics: {
    en: async () => (await import('./en/metrics')).metricsEn,
    fr: async () => (await import('./fr/metrics')).metricsFr,
  },
  review: {
    en: async () => (await import('./en/review')).reviewEn,
    fr: async () => (await import('./fr/review')).reviewFr,
  },
  data: {
    en: async () => (await import('./en/data')).dataEn,
    fr: async () => (await import('./fr/data')).dataFr,
  },
  import: {
    en: async () => (await import('./en/import')).importEn,
    fr: async () => (await import('./fr/import')).importFr,
  },
  sharing: {
    en: async () => (await import('./en/sharing')).sharingEn,
    fr: async () => (await import('./fr/sharing')).sharingFr,
  },
  palette: {
    en: async () => (await import('./en/palette')).paletteEn,
    fr: async () => (await import('./fr/palette')).paletteFr,
  },
  list: {
    en: async () => (await import('./en/list')).listEn,
    fr: async () => (await import('./fr/list')).listFr,
  },
  views: {
    en: async () => (await import('./en/views')).viewsEn,
    fr: async () => (await import('./fr/views')).viewsFr,
  },
  feedback: {
    en: async () => (await import('./en/feedback')).feedbackEn,
    fr: async () => (await import('./fr/feedback')).feedbackFr,
  },
  feedbackImport: {
    en: async () => (await import('./en/feedback-import')).feedbackImportEn,
    fr: async () => (await import('./fr/feedback-import')).feedbackImportFr,
  },
  accounts: {
    en: async () => (await import('./en/accounts')).accountsEn,
    fr: async () => (await import('./fr/accounts')).accountsFr,
  },
  demand: {
    en: async () => (await import('./en/demand')).demandEn,
    fr: async () => (await import('./fr/demand')).demandFr,
  },
};
