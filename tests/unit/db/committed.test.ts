import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onCommitted } from '../../../src/db/committed';
import { db } from '../../../src/db/db';
import { freshDb } from './helpers';

beforeEach(freshDb);
afterEach(() => vi.restoreAllMocks());

describe('onCommitted', () => {
  it('calls each listener once the transaction has committed, when its writes can be read', async () => {
    const heard: (string | undefined)[] = [];
    const read = () => db.meta.get('k').then((row) => heard.push(row?.value as string | undefined));
    await db.transaction('rw', 'meta', async () => {
      await db.meta.put({ key: 'k', value: 'written' });
      onCommitted(() => void read());
      onCommitted(() => heard.push('second'));
      expect(heard).toEqual([]);
    });
    await expect.poll(() => heard).toEqual(['second', 'written']);
  });

  it('calls no listener when the transaction aborts, and one that throws leaves the others called', async () => {
    const heard: string[] = [];
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = db.transaction('rw', 'meta', async () => {
      await db.meta.put({ key: 'k', value: 'written' });
      onCommitted(() => heard.push('aborted'));
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await db.transaction('rw', 'meta', async () => {
      await db.meta.put({ key: 'k', value: 'again' });
      onCommitted(() => {
        throw new Error('a listener failed');
      });
      onCommitted(() => heard.push('committed'));
    });
    expect(heard).toEqual(['committed']);
    expect(reported).toHaveBeenCalledWith(new Error('a listener failed'));
  });

  it('is refused outside a transaction', () => {
    expect(() => onCommitted(() => undefined)).toThrow('outside a transaction');
  });
});
