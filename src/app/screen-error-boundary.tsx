import { Component, type ReactNode } from 'react';
import { t } from '../i18n/i18n';

interface State {
  failed: boolean;
}

/**
 * A screen that fails to render (a read the browser refused, say) shows what happened and a way
 * out instead of a blank page; the rest of the shell, undo and notices included, stays usable.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('A screen failed to render', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="empty" role="alert">
        <h1>{t('errors.title')}</h1>
        <p>{t('app.screenFailed')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('pwa.reload')}
        </button>
      </div>
    );
  }
}
