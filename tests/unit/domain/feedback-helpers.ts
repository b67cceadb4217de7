import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/feedback');

/** A fixture of tests/fixtures/feedback as the bytes a browser reads from the file. */
export function feedbackFixture(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(join(FIXTURES, name)));
}
