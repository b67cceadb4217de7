import { lazy, type ComponentType } from 'react';
import { loadMessages } from '../i18n/i18n';
import type { Section } from '../i18n/messages';

/**
 * A screen loaded when first shown, together with the message sections it speaks (and the field
 * and refusal messages, which any screen may show), so it never renders a missing message and the
 * first paint downloads neither.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, ...sections: Section[]) {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadMessages('errors', ...sections)]);
    return { default: component };
  });
}
