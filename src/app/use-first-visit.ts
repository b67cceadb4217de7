import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n';
import { seedFirstVisit, type SampleLanguage } from '../db/product-commands';
import { errorMessage } from '../ui/error-message';
import { showNotice } from '../ui/notices';

/** On the very first visit, the sample product is created before the first page renders. */
export function useFirstVisit(): boolean {
  const { t, language: uiLanguage } = useTranslation();
  const [ready, setReady] = useState(false);
  // The language at start decides the sample's language; seeding twice is a no-op.
  const [language] = useState<SampleLanguage>(() => (uiLanguage === 'fr' ? 'fr' : 'en'));
  useEffect(() => {
    seedFirstVisit(language)
      .catch((error: unknown) => showNotice({ kind: 'error', message: errorMessage(error, t) }))
      .finally(() => setReady(true));
  }, [language, t]);
  return ready;
}
