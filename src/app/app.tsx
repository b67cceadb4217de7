import { lazy, Suspense } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { BoardPage } from '../features/board/board-page';
import { useTranslation } from '../i18n/i18n';
import { LiveRegion } from '../ui/live-region';
import { NoticeRegion } from '../ui/notice-region';
import { AppHeader } from './app-header';
import { HomeRedirect } from './home-redirect';
import { ProductRoute } from './product-route';
import { useTheme } from './use-theme';

// Only the board is needed for the first paint; the rest loads when first opened.
const ArchivePage = lazy(() => import('../features/board/archive-page').then((m) => ({ default: m.ArchivePage })));
const InitiativeDrawer = lazy(() => import('../features/initiative/initiative-drawer').then((m) => ({ default: m.InitiativeDrawer })));
const HypothesesPanel = lazy(() => import('../features/discovery/hypotheses-panel').then((m) => ({ default: m.HypothesesPanel })));
const HypothesisLogPage = lazy(() => import('../features/discovery/hypothesis-log-page').then((m) => ({ default: m.HypothesisLogPage })));
const InterviewsPage = lazy(() => import('../features/discovery/interviews-page').then((m) => ({ default: m.InterviewsPage })));
const InterviewPage = lazy(() => import('../features/discovery/interview-page').then((m) => ({ default: m.InterviewPage })));
const TemplatesPage = lazy(() => import('../features/templates/templates-page').then((m) => ({ default: m.TemplatesPage })));
const TemplatePage = lazy(() => import('../features/templates/template-page').then((m) => ({ default: m.TemplatePage })));
const ProductsPage = lazy(() => import('../features/products/products-page').then((m) => ({ default: m.ProductsPage })));
// The service worker (offline use, update prompt) exists in production builds only; its
// registration code and workbox-window load after the first paint.
const UpdatePrompt = import.meta.env.PROD ? lazy(() => import('./update-prompt').then((m) => ({ default: m.UpdatePrompt }))) : null;

/** The shell: header, the routed page, and the regions that speak to the user. */
export function App() {
  const { t } = useTranslation();
  useTheme();
  const [, product] = useRoute('/p/:productId/*?');

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader productId={product?.productId ?? null} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>
          <Routes />
        </Suspense>
      </main>
      <NoticeRegion />
      {UpdatePrompt && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      <LiveRegion />
    </>
  );
}

function Routes() {
  return (
    <Switch>
      <Route path="/" component={HomeRedirect} />
      <Route path="/products" component={ProductsPage} />
      <Route path="/templates" component={TemplatesPage} />
      <Route path="/templates/:templateId">{({ templateId }) => <TemplatePage templateId={decodeURIComponent(templateId)} />}</Route>
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
      <Route path="/p/:productId/interviews/:interviewId">
        {({ productId, interviewId }) => (
          <ProductRoute productId={productId}>
            <InterviewPage productId={productId} interviewId={interviewId} />
          </ProductRoute>
        )}
      </Route>
      <Route path="/p/:productId/i/:initiativeId">
        {({ productId, initiativeId }) => (
          <ProductRoute productId={productId}>
            <BoardPage productId={productId} />
            <InitiativeDrawer productId={productId} initiativeId={initiativeId} sections={(initiative) => <HypothesesPanel productId={productId} initiativeId={initiative.id} />} />
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
