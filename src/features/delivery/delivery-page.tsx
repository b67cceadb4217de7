import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { backlogStories, sprintsOfProduct, storiesOfProduct } from '../../db/delivery-queries';
import { cadenceOf } from '../../domain/delivery/sprints';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { CadenceChoice } from './delivery-cadence';
import { DeliveryBacklog } from './delivery-backlog';
import { ScrumSprints } from './delivery-sprints';
import { Throughput } from './delivery-throughput';
import { RitualsSection } from './rituals-section';
import { NewSprintDialog } from './sprint-new-dialog';
import { useToday } from './sprint-words';
import './delivery-sprints.css';
import { followsSprint } from '../../domain/delivery/sprint-flow';

/** The product's Delivery: its cadence, then its sprints (Scrum) or its throughput and rituals (continuous flow), and the backlog. */
export function DeliveryPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const today = useToday();
  const [creating, setCreating] = useState(false);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const sprints = useLiveQuery(() => sprintsOfProduct(productId), [productId]);
  const stories = useLiveQuery(() => storiesOfProduct(productId), [productId]);
  const backlog = useLiveQuery(() => backlogStories(productId), [productId]);
  if (!product || !sprints || !stories || !backlog) return null;
  const cadence = cadenceOf(product);
  const scrum = cadence === 'scrum';
  // Soonest first, the active one leading: where a backlog story is planned.
  const open = sprints.filter((s) => s.status !== 'closed').reverse();

  return (
    <div className="page page--delivery">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('sprints.page.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          {scrum && (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('sprints.new.open')}
            </button>
          )}
          <Link className="button" href={paths.board(productId)}>
            {t('sprints.page.board')}
          </Link>
        </div>
      </div>
      <CadenceChoice productId={productId} cadence={cadence} follows={followsSprint(product)} />
      {scrum ? (
        <ScrumSprints productId={productId} sprints={sprints} stories={stories} today={today} />
      ) : (
        <>
          <Throughput stories={stories} today={today} />
          <RitualsSection productId={productId} sprint={null} />
        </>
      )}
      <DeliveryBacklog
        productId={productId}
        rows={backlog}
        sprints={scrum ? open : []}
        title={scrum ? t('sprints.backlog.title') : t('sprints.backlog.flowTitle')}
        empty={t('sprints.backlog.empty')}
      />
      {creating && <NewSprintDialog productId={productId} sprints={sprints} today={today} onClose={() => setCreating(false)} />}
    </div>
  );
}
