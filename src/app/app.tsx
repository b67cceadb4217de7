import { lazy, Suspense } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { BoardPage } from '../features/board/board-page';
import { useTranslation } from '../i18n/i18n';
import { lazyScreen } from '../ui/lazy-screen';
import { LiveRegion } from '../ui/live-region';
import { NoticeRegion } from '../ui/notice-region';
import { useShortcuts } from '../ui/shortcuts';
import { useShortcutsStore } from '../ui/shortcuts-store';
import { AppHeader } from './app-header';
import { useBoardFollowNotices } from './board-follow-notices';
import { HomeRedirect } from './home-redirect';
import { ProductRoute } from './product-route';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { Sidebar } from './sidebar';
import { SyncHost } from './sync-host';
import { useTheme } from './use-theme';

// Only the board is needed for the first paint; the rest loads when first opened.
const ArchivePage = lazyScreen(() => import('../features/board/archive-page').then((m) => m.ArchivePage), 'workspace');
// 'demand' names the Feedback tab.
const InitiativeDrawer = lazyScreen(() => import('../features/initiative/initiative-drawer').then((m) => m.InitiativeDrawer), 'workspace', 'demand');
const HypothesesPanel = lazyScreen(() => import('../features/discovery/hypotheses-panel').then((m) => m.HypothesesPanel), 'discovery');
const StoriesPanel = lazyScreen(() => import('../features/delivery/stories-panel').then((m) => m.StoriesPanel), 'stories');
const OutcomePanel = lazyScreen(() => import('../features/delivery/outcome-panel').then((m) => m.OutcomePanel), 'stories');
const FollowUpOf = lazyScreen(() => import('../features/delivery/outcome-follow-up').then((m) => m.FollowUpOf), 'stories');
const HypothesisLogPage = lazyScreen(() => import('../features/discovery/hypothesis-log-page').then((m) => m.HypothesisLogPage), 'discovery');
const InterviewsPage = lazyScreen(() => import('../features/discovery/interviews-page').then((m) => m.InterviewsPage), 'discovery');
const InboxPage = lazyScreen(() => import('../features/feedback/inbox-page').then((m) => m.InboxPage), 'feedback', 'feedbackImport');
const InterviewPage = lazyScreen(() => import('../features/discovery/interview-page').then((m) => m.InterviewPage), 'discovery');
const TemplatesPage = lazyScreen(() => import('../features/templates/templates-page').then((m) => m.TemplatesPage), 'templates');
const TemplatePage = lazyScreen(() => import('../features/templates/template-page').then((m) => m.TemplatePage), 'templates');
const RitualRunPage = lazyScreen(() => import('../features/delivery/ritual-run-page').then((m) => m.RitualRunPage), 'rituals');
const DeliveryPage = lazyScreen(() => import('../features/delivery/delivery-page').then((m) => m.DeliveryPage), 'sprints', 'rituals', 'stories');
const SprintPage = lazyScreen(() => import('../features/delivery/sprint-page').then((m) => m.SprintPage), 'sprints', 'rituals', 'stories');
const MetricsPage = lazyScreen(() => import('../features/metrics/metrics-page').then((m) => m.MetricsPage), 'metrics');
const ReviewPage = lazyScreen(() => import('../features/review/review-page').then((m) => m.ReviewPage), 'review', 'discovery', 'rituals', 'stories');
const StrategyPage = lazyScreen(() => import('../features/strategy/strategy-page').then((m) => m.StrategyPage), 'strategy');
const StrategyPanel = lazyScreen(() => import('../features/strategy/strategy-panel').then((m) => m.StrategyPanel), 'strategy', 'demand');
const InitiativeFeedbackPanel = lazyScreen(() => import('../features/feedback/initiative-feedback-panel').then((m) => m.InitiativeFeedbackPanel), 'demand', 'feedback');
const DemandOverview = lazyScreen(() => import('../features/feedback/demand-overview').then((m) => m.DemandOverview), 'demand');
const MatrixPage = lazyScreen(() => import('../features/strategy/matrix-page').then((m) => m.MatrixPage), 'strategy');
const RoadmapPage = lazyScreen(() => import('../features/strategy/roadmap-page').then((m) => m.RoadmapPage), 'strategy');
const DataPage = lazyScreen(() => import('../features/data/data-page').then((m) => m.DataPage), 'data');
const ImportTools = lazyScreen(() => import('../features/import/import-tools').then((m) => m.ImportTools), 'import');
const ExportMarkdownButton = lazyScreen(() => import('../features/import/markdown-button').then((m) => m.ExportMarkdownButton), 'import', 'discovery', 'stories');
const SharingPage = lazyScreen(() => import('../features/sharing/sharing-page').then((m) => m.SharingPage), 'sharing');
const JoinPage = lazyScreen(() => import('../features/sharing/join-page').then((m) => m.JoinPage), 'sharing');
const ListPage = lazyScreen(() => import('../features/list/list-page').then((m) => m.ListPage), 'list');
const AccountsPage = lazyScreen(() => import('../features/accounts/accounts-page').then((m) => m.AccountsPage), 'accounts', 'feedback');
const AccountPage = lazyScreen(() => import('../features/accounts/account-page').then((m) => m.AccountPage), 'accounts', 'feedback');
const ProductsPage = lazyScreen(() => import('../features/products/products-page').then((m) => m.ProductsPage), 'workspace');
const ShortcutsDialog = lazyScreen(() => import('../ui/shortcuts-dialog').then((m) => m.ShortcutsDialog), 'workspace');
// The service worker (offline use, update prompt) exists in production builds only; its
// registration code loads after the first paint.
const UpdatePrompt = import.meta.env.PROD ? lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt }))) : null;

/** The shell: header, the product's sidebar, the routed page, the keyboard shortcuts, and the regions that speak to the user. */
export function App() {
  const { t } = useTranslation();
  useTheme();
  const [, product] = useRoute('/p/:productId/*?');
  const productId = product?.productId ?? null;
  useShortcuts(productId);
  useBoardFollowNotices();
  const helpOpen = useShortcutsStore((s) => s.helpOpen);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader productId={productId} />
      <div className="shell">
        {productId && <Sidebar productId={productId} />}
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>
            <ScreenErrorBoundary>
              <Routes />
            </ScreenErrorBoundary>
          </Suspense>
        </main>
      </div>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => useShortcutsStore.getState().helpShown(false)} />
        </Suspense>
      )}
      <NoticeRegion />
      {UpdatePrompt && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <LiveRegion />
      <SyncHost />
    </>
  );
}

function Routes() {
  return (
    <Switch>
      <Route path="/" component={HomeRedirect} />
      <Route path="/products" component={ProductsPage} />
      <Route path="/templates" component={TemplatesPage} />
      <Route path="/settings/data">
        {() => (
          <DataPage
            imports={(undoNotice) => (
              <Suspense fallback={null}>
                <ImportTools onImported={undoNotice} />
              </Suspense>
            )}
          />
        )}
      </Route>
      <Route path="/join/:productId">{({ productId }) => <JoinPage productId={productId} />}</Route>
      <Route path="/templates/:templateId">{({ templateId }) => <TemplatePage templateId={decodeURIComponent(templateId)} />}</Route>
      <Route path="/p/:productId/list">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <ListPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/archive">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <ArchivePage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/hypotheses">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <HypothesisLogPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/interviews">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <InterviewsPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/accounts">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <AccountsPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/accounts/:accountId">
        {({ productId, accountId }) => (
          <ProductRoute productId={productId}>
            <AccountPage productId={productId} accountId={accountId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/interviews/:interviewId">
        {({ productId, interviewId }) => (
          <ProductRoute productId={productId}>
            <InterviewPage productId={productId} interviewId={interviewId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/feedback">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <InboxPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/rituals/:runId">
        {({ productId, runId }) => (
          <ProductRoute productId={productId}>
            <RitualRunPage productId={productId} runId={runId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/strategy">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <StrategyPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/matrix">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <MatrixPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/roadmap">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <RoadmapPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/sharing">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <SharingPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/metrics">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <MetricsPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/review">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <ReviewPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/delivery">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <DeliveryPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/sprints/:sprintId">
        {({ productId, sprintId }) => (
          <ProductRoute productId={productId}>
            <SprintPage productId={productId} sprintId={sprintId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/i/:initiativeId/:tab?">
        {({ productId, initiativeId, tab }) => (
          <ProductRoute productId={productId}>
            <BoardPage productId={productId} />
            <InitiativeDrawer
              productId={productId}
              initiativeId={initiativeId}
              tab={tab}
              actions={(initiative) => (
                <Suspense fallback={null}>
                  <ExportMarkdownButton initiative={initiative} />
                </Suspense>
              )}
              panels={(initiative) => ({
                overview: (
                  <>
                    <FollowUpOf productId={productId} initiative={initiative} />
                    <DemandOverview initiative={initiative} />
                  </>
                ),
                strategy: <StrategyPanel initiative={initiative} />,
                discovery: <HypothesesPanel productId={productId} initiativeId={initiative.id} />,
                delivery: <StoriesPanel productId={productId} initiativeId={initiative.id} />,
                feedback: <InitiativeFeedbackPanel initiative={initiative} />,
                outcome: <OutcomePanel productId={productId} initiative={initiative} />,
              })}
            />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId">
        {({ productId }) => (
          <ProductRoute productId={productId}>
            <BoardPage productId={productId} />
          </ProductRoute>
        )}
      </Route>
      <Route component={HomeRedirect} />
    </Switch>
  );
}
