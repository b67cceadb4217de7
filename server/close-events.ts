/**
 * Why the server refuses or ends a connection. `reason` is what a client sees: the reason of a
 * refused authentication (the provider's `authenticationFailed`), of a document connection the
 * server closed (the provider's `close` event) and of the WebSocket close frame. Codes 4000–4999
 * are this application's, after the HTTP status they resemble.
 */
export interface CloseEvent {
  readonly code: number;
  readonly reason: string;
}

export const UnknownToken: CloseEvent = { code: 4401, reason: 'unknown-token' };
export const ExpiredToken: CloseEvent = { code: 4401, reason: 'expired-token' };
export const Revoked: CloseEvent = { code: 4403, reason: 'revoked' };
export const WrongProduct: CloseEvent = { code: 4403, reason: 'wrong-product' };
export const RoleChanged: CloseEvent = { code: 4409, reason: 'role-changed' };
export const SharingStopped: CloseEvent = { code: 4410, reason: 'sharing-stopped' };
export const MalformedMessage: CloseEvent = { code: 4400, reason: 'malformed-message' };
export const DocumentTooLarge: CloseEvent = { code: 4413, reason: 'document-too-large' };
export const TooManyConnections: CloseEvent = { code: 4429, reason: 'too-many-connections' };
export const TooManyRefusals: CloseEvent = { code: 4429, reason: 'too-many-refusals' };
export const BinaryOnly: CloseEvent = { code: 1003, reason: 'binary-only' };
export const ShuttingDown: CloseEvent = { code: 1001, reason: 'server-shutting-down' };

/**
 * Thrown from a Hocuspocus hook to refuse: Hocuspocus sends `reason` to the client (as a refused
 * authentication, or as the reason a document connection closed) and logs `message`.
 */
export class Refusal extends Error {
  readonly code: number;
  readonly reason: string;

  constructor(event: CloseEvent) {
    super(event.reason);
    this.name = 'Refusal';
    this.code = event.code;
    this.reason = event.reason;
    // An expected outcome, logged by Hocuspocus with its stack: one line says it all.
    this.stack = `Refusal: ${event.reason}`;
  }
}
