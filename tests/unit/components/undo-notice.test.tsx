import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { runRecordedCommand } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { createProduct } from '../../../src/db/product-commands';
import { liveProducts } from '../../../src/db/queries';
import { undo } from '../../../src/db/undo';
import { useUndoNotice } from '../../../src/features/data/use-undo-notice';
import { loadMessages } from '../../../src/i18n/i18n';
import { useNotices } from '../../../src/ui/notices';
import { renderWithApp } from './render';

beforeEach(async () => {
  await db.delete();
  await db.open();
  useNotices.setState({ notices: [] });
  await loadMessages('data', 'errors');
});

/** A command recorded like an import: a product and its stages, as one activity entry. */
async function anImport() {
  return runRecordedCommand('importCards', async (w) => {
    const product = await createProductRecord(w);
    w.scope(product.id, product.name);
    return product;
  });
}

async function createProductRecord(w: Parameters<Parameters<typeof runRecordedCommand>[1]>[0]) {
  const now = Date.now();
  return w.put('products', { id: crypto.randomUUID(), name: 'Imported', isSample: false, createdAt: now, updatedAt: now, deletedAt: null });
}

function Notice({ entryId }: { entryId: number }) {
  const undoNotice = useUndoNotice();
  useEffect(() => undoNotice(entryId, { message: 'Imported the file.', undo: 'Undo import', undone: 'Import undone.' }), [undoNotice, entryId]);
  return null;
}

describe('the notice of an import', () => {
  it('undoes that import only, then says so', async () => {
    await createProduct('Mine');
    const { value, entryId } = await anImport();
    await renderWithApp(<Notice entryId={entryId!} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo import' }));
    await screen.findByText('Import undone.');
    expect((await liveProducts()).map((p) => p.name)).toEqual(['Mine']);
    expect(await db.products.get(value.id)).toMatchObject({ name: 'Imported' });
  });

  it('goes away once the import is undone elsewhere (the header, another tab), never offering to undo it twice', async () => {
    const { value, entryId } = await anImport();
    await renderWithApp(<Notice entryId={entryId!} />);
    await screen.findByRole('button', { name: 'Undo import' });
    await act(() => undo(value.id));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo import' })).toBeNull());
  });
});
