import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setLanguage, type Language } from '../../../src/i18n/i18n';
import { db } from '../../../src/db/db';
import { seedFirstVisit } from '../../../src/db/product-commands';
import { NoticeRegion } from '../../../src/ui/notice-region';
import { useNotices } from '../../../src/ui/notices';

/** Renders a component as the app would: i18n in a language, a router, and the notice region. */
export async function renderWithApp(ui: ReactElement, { language = 'en' as Language, path = '/' } = {}) {
  await setLanguage(language);
  const location = memoryLocation({ path, record: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Router hook={location.hook}>
      {children}
      <NoticeRegion />
    </Router>
  );
  return { ...render(ui, { wrapper }), location };
}

/** A first visit: no preferences, an empty database, no notice. */
export async function freshApp() {
  localStorage.clear();
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
}

/** A database holding only the first visit's sample product, in `language`: its id. */
export async function sampleProduct(language: Language): Promise<string> {
  await db.delete();
  await db.open();
  return (await seedFirstVisit(language))!.id;
}
