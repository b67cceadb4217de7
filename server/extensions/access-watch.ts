import type { Connection, connectedPayload, Extension } from '@hocuspocus/server';
import { Revoked, RoleChanged, SharingStopped, type CloseEvent } from '../close-events.ts';
import type { SyncContext } from '../context.ts';
import { errorText, type Logger } from '../log.ts';
import type { Role } from '../store/records.ts';
import type { TeamStore } from '../store/team-store.ts';

interface Watched {
  readonly memberId: string;
  readonly role: Role;
  readonly context: SyncContext;
}

/**
 * Ends the connections of members who lost their access: revoked (`revoked`), moved to another role
 * (`role-changed`: they reconnect with the new one), or whose product is no longer shared
 * (`sharing-stopped`). The API asks for a check as soon as it changes access on this node; a timer
 * checks every `intervalMs` for changes made on other nodes of a cluster. The document connection
 * closes with the reason, then its WebSocket with the code and reason, so a client that reconnects
 * is refused with the same reason.
 */
export class AccessWatchExtension implements Extension {
  readonly extensionName = 'access-watch';
  private readonly store: TeamStore;
  private readonly log: Logger;
  private readonly watched = new Map<Connection, Watched>();
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(store: TeamStore, intervalMs: number, log: Logger) {
    this.store = store;
    this.log = log;
    this.timer = setInterval(() => void this.checkNow(), intervalMs);
    this.timer.unref();
  }

  async connected({ connection, context }: connectedPayload<SyncContext>): Promise<void> {
    if (!context.memberId || !context.role) return;
    this.watched.set(connection, { memberId: context.memberId, role: context.role, context });
    connection.onClose(() => this.watched.delete(connection));
  }

  /** Checks every watched connection against the database; resolves when those that lost access are closed. */
  checkNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.check().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.checkNow();
      }
    });
    return this.running;
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    if (this.watched.size === 0) return;
    const entries = [...this.watched];
    try {
      const access = await this.store.accessOf([...new Set(entries.map(([, watched]) => watched.memberId))]);
      for (const [connection, watched] of entries) {
        const now = access.get(watched.memberId);
        const event = !now ? SharingStopped : now.revoked ? Revoked : now.role !== watched.role ? RoleChanged : null;
        if (event) this.end(connection, watched, event);
      }
    } catch (error) {
      this.log('error', 'access-check-failed', { error: errorText(error) });
    }
  }

  private end(connection: Connection, { memberId, context }: Watched, event: CloseEvent): void {
    this.watched.delete(connection);
    this.log('info', 'connection-ended', { reason: event.reason, product: connection.document.name, member: memberId });
    connection.close({ code: event.code, reason: event.reason });
    context.peer.close(event.code, event.reason);
  }
}
