import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { db } from '../db/db';
import type { Share } from '../db/share-types';
import { livePendingCount, liveShare } from '../db/shares';
import { initials } from '../domain/member-name';
import { memberColor } from '../domain/member-color';
import { useTranslation, type TFunction } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useSyncStore, type Peer, type ProductSync } from '../sync/status';
import { showNoticeOnce } from '../ui/notices';
import './sync-indicator.css';

const MAX_FACES = 5;

/** The server's close reasons (docs/server.md) the header names; any other is "turned down". */
const WHY: Record<string, MessageKey> = {
  revoked: 'sync.why.revoked',
  'sharing-stopped': 'sync.why.sharingStopped',
  'document-too-large': 'sync.why.documentTooLarge',
  'unknown-token': 'sync.why.unknownToken',
  'expired-token': 'sync.why.expiredToken',
  'wrong-product': 'sync.why.wrongProduct',
  'too-many-connections': 'sync.why.tooManyConnections',
};

type Kind = 'synced' | 'syncing' | 'offline' | 'connecting' | 'refused';

function subscribeToNetwork(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser has a network: it knows at once, where a WebSocket can take many seconds to time out. */
const useBrowserOnline = () => useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);

function syncStatus(share: Share, sync: ProductSync | undefined, pending: number, online: boolean, t: TFunction): { kind: Kind; text: string } {
  // A revoked copy keeps its reason in Dexie: the connection that heard it is gone after a reload.
  const refusal = share.state === 'revoked' ? share.refusal : sync?.connection === 'refused' || sync?.reason === 'document-too-large' ? sync.reason : undefined;
  if (refusal !== undefined) return { kind: 'refused', text: t('sync.refused', { why: t((refusal && WHY[refusal]) || 'sync.why.other') }) };
  if (!online || sync?.connection === 'offline') return { kind: 'offline', text: t('sync.offline') };
  if (sync?.connection !== 'online') return { kind: 'connecting', text: t('sync.connecting') };
  if (pending > 0) return { kind: 'syncing', text: t('sync.syncing', { count: pending }) };
  return { kind: 'synced', text: t('sync.synced') };
}

/** The people on the product now, in their colours: five faces at most, then how many more. */
function Presence({ peers }: { peers: Peer[] }) {
  const { t, language } = useTranslation();
  const shown = peers.slice(0, MAX_FACES);
  const more = peers.slice(MAX_FACES).map((peer) => peer.name);
  const moreNames = new Intl.ListFormat(language, { type: 'conjunction' }).format(more);
  return (
    <ul className="presence" aria-label={t('sync.presence')}>
      {shown.map((peer) => (
        <li key={peer.memberId} className="presence__face" style={{ background: memberColor(peer.memberId) }} title={peer.name}>
          <span aria-hidden="true">{initials(peer.name)}</span>
          <span className="visually-hidden">{peer.name}</span>
        </li>
      ))}
      {more.length > 0 && (
        <li className="presence__face presence__face--more" title={moreNames}>
          <span aria-hidden="true">{t('sync.more', { count: more.length })}</span>
          <span className="visually-hidden">{moreNames}</span>
        </li>
      )}
    </ul>
  );
}

function SharedStatus({ share }: { share: Share }) {
  const { t } = useTranslation();
  const sync = useSyncStore((s) => s.products[share.productId]);
  const pending = useLiveQuery(() => livePendingCount(share.productId), [share.productId]) ?? 0;
  const online = useBrowserOnline();
  const { kind, text } = syncStatus(share, sync, pending, online, t);
  const peers = share.state === 'active' ? (sync?.peers ?? []) : [];
  return (
    <div className="sync-indicator">
      <span className={`sync-status sync-status--${kind}`} role="status" title={text}>
        <span className="sync-status__dot" aria-hidden="true" />
        <span className="sync-status__text">{text}</span>
      </span>
      {share.role === 'viewer' && share.state === 'active' && <span className="badge sync-indicator__viewer">{t('sync.viewer')}</span>}
      {peers.length > 0 && <Presence peers={peers} />}
    </div>
  );
}

/**
 * Says a teammate's stopping of sharing once the connection has ended this copy's sharing: the
 * indicator goes away with the share, and the product is local again.
 */
function useStoppedNotice(productId: string, share: Share | undefined) {
  const { t } = useTranslation();
  const shared = useRef(false);
  const sync = useSyncStore((s) => s.products[productId]);
  useEffect(() => {
    const wasShared = shared.current;
    shared.current = !!share;
    if (!wasShared || share || sync?.connection !== 'refused' || sync.reason !== 'sharing-stopped') return;
    void db.products.get(productId).then((product) => product && showNoticeOnce({ kind: 'info', message: t('sync.stopped', { name: product.name }) }));
  }, [productId, share, sync, t]);
}

/** A shared product's sync status, role and the people on it now, for the header. Nothing for a product of this browser only. */
export function SyncIndicator({ productId }: { productId: string }) {
  const share = useLiveQuery(() => liveShare(productId), [productId]);
  useStoppedNotice(productId, share);
  return share ? <SharedStatus share={share} /> : null;
}
