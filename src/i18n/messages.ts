import type { en } from './en';
import type { accountsEn } from './en/accounts';
import type { dataEn } from './en/data';
import type { commandsEn } from './en/commands';
import type { demandEn } from './en/demand';
import type { discoveryEn } from './en/discovery';
import type { errorsEn } from './en/errors';
import type { feedbackEn } from './en/feedback';
import type { feedbackImportEn } from './en/feedback-import';
import type { importEn } from './en/import';
import type { listEn } from './en/list';
import type { metricsEn } from './en/metrics';
import type { paletteEn } from './en/palette';
import type { reviewEn } from './en/review';
import type { ritualsEn } from './en/rituals';
import type { sharingEn } from './en/sharing';
import type { sprintsEn } from './en/sprints';
import type { storiesEn } from './en/stories';
import type { strategyEn } from './en/strategy';
import type { templatesEn } from './en/templates';
import type { viewsEn } from './en/views';
import type { workspaceEn } from './en/workspace';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The messages of the first paint (board, initiative, products); every language has exactly their keys. */
export type Messages = Shape<typeof en>;

/** Messages that load with their screens: each file holds one or more top-level sections. */
export interface SectionTables {
  commands: typeof commandsEn;
  errors: typeof errorsEn;
  discovery: typeof discoveryEn;
  templates: typeof templatesEn;
  workspace: typeof workspaceEn;
  stories: typeof storiesEn;
  sprints: typeof sprintsEn;
  rituals: typeof ritualsEn;
  strategy: typeof strategyEn;
  metrics: typeof metricsEn;
  review: typeof reviewEn;
  data: typeof dataEn;
  import: typeof importEn;
  sharing: typeof sharingEn;
  palette: typeof paletteEn;
  list: typeof listEn;
  views: typeof viewsEn;
  feedback: typeof feedbackEn;
  feedbackImport: typeof feedbackImportEn;
  accounts: typeof accountsEn;
  demand: typeof demandEn;
}
export type Section = keyof SectionTables;

/** A section's messages in another language: exactly the English keys. */
export type SectionMessages<S extends Section> = Shape<SectionTables[S]>;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllMessages = Messages & Intersection<SectionTables[Section]>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every message key, with plural forms named once (`count.cards`, not `count.cards_one`). */
export type MessageKey = WithoutPlural<Leaves<AllMessages>>;
