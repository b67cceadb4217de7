import { useLiveQuery } from 'dexie-react-hooks';
import { Redirect } from 'wouter';
import { liveProducts } from '../db/queries';
import { paths } from '../ui/paths';
import { usePreferences } from '../ui/preferences';

/** "/" opens the last product used, else the first one, else the products page. */
export function HomeRedirect() {
  const products = useLiveQuery(liveProducts);
  const last = usePreferences((s) => s.lastProductId);
  if (!products) return null;
  const target = products.find((p) => p.id === last) ?? products[0];
  return <Redirect to={target ? paths.board(target.id) : paths.products()} replace />;
}
