import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 16 * 1024;

export class HttpError extends Error {
  readonly status: number;
  readonly error: string;

  constructor(status: number, error: string, message: string) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

/** A JSON object body of at most 16 KiB, sent as application/json. */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'body-too-large', `The body may hold at most ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid-json', 'The body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'invalid-request', 'The body must be a JSON object');
  return body as Record<string, unknown>;
}

/** Every API response: never cached (it holds a member's data), its type taken as declared. */
const API_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export function sendJson(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status, API_HEADERS).end();
    return;
  }
  response.writeHead(status, { ...API_HEADERS, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** A response of bytes rather than JSON, given in pieces (sent one after the other, not copied into one). */
export class BinaryBody {
  readonly pieces: readonly Uint8Array[];

  constructor(pieces: readonly Uint8Array[]) {
    this.pieces = pieces;
  }
}

/** Bytes, given in pieces, sent one after the other as application/octet-stream. */
export function sendBytes(response: ServerResponse, status: number, pieces: readonly Uint8Array[]): void {
  const length = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
  response.writeHead(status, { ...API_HEADERS, 'Content-Type': 'application/octet-stream', 'Content-Length': length });
  for (const piece of pieces) response.write(piece);
  response.end();
}
