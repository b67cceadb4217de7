import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { liveShare } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { InviteLinks } from './invite-links';
import { MemberPanel } from './member-panel';
import { MembersTable } from './members-table';
import { RevokedPanel } from './revoked-panel';
import { ShareForm } from './share-form';
import { StopSharing } from './stop-sharing';
import './sharing.css';

/** A product's team: share it, or, once shared, invite, manage members and stop; or leave; or keep a revoked copy. */
export function SharingPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const state = useLiveQuery(async () => ({ share: (await liveShare(productId)) ?? null, product: await db.products.get(productId) }), [productId]);
  if (!state?.product) return null;
  const { share, product } = state;
  return (
    <div className="page page--narrow sharing-page">
      <h1>{t('sharing.title')}</h1>
      {!share && <ShareForm productId={productId} productName={product.name} />}
      {share?.state === 'revoked' && <RevokedPanel share={share} productName={product.name} />}
      {share?.state === 'active' && share.role !== 'owner' && <MemberPanel share={share} productName={product.name} />}
      {share?.state === 'active' && share.role === 'owner' && (
        <>
          <p className="sharing-you">{t('sharing.you.owner', { name: share.displayName })}</p>
          <InviteLinks share={share} />
          <MembersTable share={share} />
          <StopSharing share={share} productName={product.name} />
        </>
      )}
    </div>
  );
}
