import { useLiveQuery } from 'dexie-react-hooks';
import { use } from 'react';
import { useTranslation } from '../i18n/i18n';
import { firstVisit } from './first-visit';
import { Redirect } from 'wouter';
import { liveProducts } from '../db/queries';
import { paths } from '../ui/paths';
import { usePreferences } from '../ui/preferences';

/** "/" opens the last product used, else the first one, else the products page (after the first-visit sample exists). */
export function HomeRedirect() {
  const { language } = useTranslation();
  use(firstVisit(language));
  const products = useLiveQuery(liveProducts);
  const last = usePreferences((s) => s.lastProductId);
  if (!products) return null;
  const target = products.find((p) => p.id === last) ?? products[0];
  return <Redirect to={target ? paths.board(target.id) : paths.products()} replace />;
}
