import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { BoardPage } from '../features/board/board-page';
import { useTranslation } from '../i18n/i18n';
import { LiveRegion } from '../ui/live-region';
import { NoticeRegion } from '../ui/notice-region';
import { useShortcuts } from '../ui/shortcuts';
import { useShortcutsStore } from '../ui/shortcuts-store';
import { AppHeader } from './app-header';
import { useBoardFollowNotices } from './board-follow-notices';
import { HomeRedirect } from './home-redirect';
import { ProductRoute } from './product-route';
import {
  AccountPage,
  DataPage,
  DemandOverview,
  ExportMarkdownButton,
  FollowUpOf,
  HypothesesPanel,
  ImportTools,
  InitiativeDrawer,
  InitiativeFeedbackPanel,
  InterviewPage,
  JoinPage,
  OutcomePanel,
  PRODUCT_ITEM_PAGES,
  PRODUCT_PAGES,
  ProductsPage,
  RitualRunPage,
  ShortcutsDialog,
  SprintPage,
  StoriesPanel,
  StrategyPanel,
  TemplatePage,
  TemplatesPage,
} from './screens';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { Sidebar } from './sidebar';
import { SyncHost } from './sync-host';
import { useTheme } from './use-theme';

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

/** A route for each of the product's item screens, by the segment before the item's id (see PRODUCT_ITEM_PAGES). */
const ITEM_ROUTES: Record<keyof typeof PRODUCT_ITEM_PAGES, (productId: string, itemId: string) => ReactNode> = {
  accounts: (productId, itemId) => <AccountPage productId={productId} accountId={itemId} />,
  interviews: (productId, itemId) => <InterviewPage productId={productId} interviewId={itemId} />,
  rituals: (productId, itemId) => <RitualRunPage productId={productId} runId={itemId} />,
  sprints: (productId, itemId) => <SprintPage productId={productId} sprintId={itemId} />,
};

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
      {Object.entries(PRODUCT_PAGES).map(([segment, Page]) => (
        <Route key={segment} path={`/p/:productId/${segment}`}>
          {({ productId }) => (
            <ProductRoute productId={productId}>
              <Page productId={productId} />
            </ProductRoute>
          )}
        </Route>
      ))}
      {Object.entries(ITEM_ROUTES).map(([segment, render]) => (
        <Route key={segment} path={`/p/:productId/${segment}/:itemId`}>
          {({ productId, itemId }) => <ProductRoute productId={productId}>{render(productId, itemId)}</ProductRoute>}
        </Route>
      ))}
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
