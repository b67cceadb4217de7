import type { Role } from './store/records.ts';

/** One WebSocket, as the extensions see it: they may close it and clean up when it closes. */
export interface Peer {
  readonly id: string;
  /** The client's address as the server saw it (the reverse proxy's, behind one). */
  readonly address: string;
  onClose(listener: () => void): void;
  close(code: number, reason: string): void;
}

/** The context of every Hocuspocus hook: the peer, then who authenticated on it. */
export interface SyncContext {
  readonly peer: Peer;
  readonly memberId?: string;
  readonly productId?: string;
  readonly role?: Role;
}
