import { lazyScreen } from '../ui/lazy-screen';

// Only the board is needed for the first paint; the rest loads when first opened.
const ArchivePage = lazyScreen(() => import('../features/board/archive-page').then((m) => m.ArchivePage), 'workspace');
// 'demand' names the Feedback tab.
export const InitiativeDrawer = lazyScreen(() => import('../features/initiative/initiative-drawer').then((m) => m.InitiativeDrawer), 'workspace', 'demand');
export const HypothesesPanel = lazyScreen(() => import('../features/discovery/hypotheses-panel').then((m) => m.HypothesesPanel), 'discovery');
export const StoriesPanel = lazyScreen(() => import('../features/delivery/stories-panel').then((m) => m.StoriesPanel), 'stories');
export const OutcomePanel = lazyScreen(() => import('../features/delivery/outcome-panel').then((m) => m.OutcomePanel), 'stories');
export const FollowUpOf = lazyScreen(() => import('../features/delivery/outcome-follow-up').then((m) => m.FollowUpOf), 'stories');
const HypothesisLogPage = lazyScreen(() => import('../features/discovery/hypothesis-log-page').then((m) => m.HypothesisLogPage), 'discovery');
const InterviewsPage = lazyScreen(() => import('../features/discovery/interviews-page').then((m) => m.InterviewsPage), 'discovery');
const InboxPage = lazyScreen(() => import('../features/feedback/inbox-page').then((m) => m.InboxPage), 'feedback', 'feedbackImport');
export const InterviewPage = lazyScreen(() => import('../features/discovery/interview-page').then((m) => m.InterviewPage), 'discovery');
export const TemplatesPage = lazyScreen(() => import('../features/templates/templates-page').then((m) => m.TemplatesPage), 'templates');
export const TemplatePage = lazyScreen(() => import('../features/templates/template-page').then((m) => m.TemplatePage), 'templates');
export const RitualRunPage = lazyScreen(() => import('../features/delivery/ritual-run-page').then((m) => m.RitualRunPage), 'rituals');
const DeliveryPage = lazyScreen(() => import('../features/delivery/delivery-page').then((m) => m.DeliveryPage), 'sprints', 'rituals', 'stories');
export const SprintPage = lazyScreen(() => import('../features/delivery/sprint-page').then((m) => m.SprintPage), 'sprints', 'rituals', 'stories');
const MetricsPage = lazyScreen(() => import('../features/metrics/metrics-page').then((m) => m.MetricsPage), 'metrics');
const ReviewPage = lazyScreen(() => import('../features/review/review-page').then((m) => m.ReviewPage), 'review', 'discovery', 'rituals', 'stories');
const StrategyPage = lazyScreen(() => import('../features/strategy/strategy-page').then((m) => m.StrategyPage), 'strategy');
export const StrategyPanel = lazyScreen(() => import('../features/strategy/strategy-panel').then((m) => m.StrategyPanel), 'strategy', 'demand');
export const InitiativeFeedbackPanel = lazyScreen(() => import('../features/feedback/initiative-feedback-panel').then((m) => m.InitiativeFeedbackPanel), 'demand', 'feedback');
export const DemandOverview = lazyScreen(() => import('../features/feedback/demand-overview').then((m) => m.DemandOverview), 'demand');
const MatrixPage = lazyScreen(() => import('../features/strategy/matrix-page').then((m) => m.MatrixPage), 'strategy');
const RoadmapPage = lazyScreen(() => import('../features/strategy/roadmap-page').then((m) => m.RoadmapPage), 'strategy');
export const DataPage = lazyScreen(() => import('../features/data/data-page').then((m) => m.DataPage), 'data');
export const ImportTools = lazyScreen(() => import('../features/import/import-tools').then((m) => m.ImportTools), 'import');
export const ExportMarkdownButton = lazyScreen(() => import('../features/import/markdown-button').then((m) => m.ExportMarkdownButton), 'import', 'discovery', 'stories');
const SharingPage = lazyScreen(() => import('../features/sharing/sharing-page').then((m) => m.SharingPage), 'sharing');
export const JoinPage = lazyScreen(() => import('../features/sharing/join-page').then((m) => m.JoinPage), 'sharing');
const ListPage = lazyScreen(() => import('../features/list/list-page').then((m) => m.ListPage), 'list');
const AccountsPage = lazyScreen(() => import('../features/accounts/accounts-page').then((m) => m.AccountsPage), 'accounts', 'feedback');
export const AccountPage = lazyScreen(() => import('../features/accounts/account-page').then((m) => m.AccountPage), 'accounts', 'feedback');
export const ProductsPage = lazyScreen(() => import('../features/products/products-page').then((m) => m.ProductsPage), 'workspace');
export const ShortcutsDialog = lazyScreen(() => import('../ui/shortcuts-dialog').then((m) => m.ShortcutsDialog), 'workspace');

/** The product's pages that take only its id, by the path segment after /p/<id>/: one route each. */
export const PRODUCT_PAGES = {
  list: ListPage,
  archive: ArchivePage,
  hypotheses: HypothesisLogPage,
  interviews: InterviewsPage,
  accounts: AccountsPage,
  feedback: InboxPage,
  strategy: StrategyPage,
  matrix: MatrixPage,
  roadmap: RoadmapPage,
  sharing: SharingPage,
  metrics: MetricsPage,
  review: ReviewPage,
  delivery: DeliveryPage,
};

/**
 * The product's screens of one item, by the segment before its id (/p/<id>/<segment>/<item id>).
 * app.tsx has a route for each (its ITEM_ROUTES must name the same segments); the initiative, shown
 * over the board, has its own.
 */
export const PRODUCT_ITEM_PAGES = { accounts: AccountPage, interviews: InterviewPage, rituals: RitualRunPage, sprints: SprintPage };

const WORKSPACE_PAGES: Record<string, { preload(): Promise<unknown> }> = { '/products': ProductsPage, '/templates': TemplatesPage, '/settings/data': DataPage };

/**
 * Loads the screen the app opens on, if it is not the board (which is part of the first paint), so
 * that it renders at once rather than after a loading notice (see lazyScreen).
 */
export function preloadScreenAt(pathname: string): Promise<unknown> {
  const [, segment, item] = /^\/p\/[^/]+\/([^/]+)(\/[^/]+)?/.exec(pathname) ?? [];
  const screen = segment
    ? item
      ? segment === 'i'
        ? InitiativeDrawer
        : PRODUCT_ITEM_PAGES[segment as keyof typeof PRODUCT_ITEM_PAGES]
      : PRODUCT_PAGES[segment as keyof typeof PRODUCT_PAGES]
    : (WORKSPACE_PAGES[pathname] ?? (/^\/templates\/[^/]+$/.test(pathname) ? TemplatePage : undefined));
  return screen?.preload() ?? Promise.resolve();
}
