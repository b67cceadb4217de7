import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import { loadMessages } from '../i18n/i18n';
import type { Section } from '../i18n/messages';

export interface LazyScreen<P extends object> {
  (props: P): ReactNode;
  /** Loads the screen now; once loaded, it renders at once instead of suspending. */
  preload(): Promise<unknown>;
}

/**
 * A screen loaded when first shown, together with the message sections it speaks (and the field
 * and refusal messages, which any screen may show), so it never renders a missing message and the
 * first paint downloads neither.
 *
 * Preloaded (the app opened on it), it renders without suspending: a suspended screen shows its
 * fallback, and React then holds the screen back until 300 ms after that fallback appeared, so
 * its data was read a quarter of a second later than it could be.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, ...sections: Section[]): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= Promise.all([load(), loadMessages('errors', ...sections)]).then(([component]) => {
      loaded = component;
      return component;
    }));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: P) {
    // Fixed for the life of this mount: switching from the lazy wrapper to the loaded component
    // would be a different element type, and React would mount the screen anew, losing its state.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  Screen.preload = preload;
  return Screen;
}
