import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { Link, useLocation } from 'wouter';
import { createProduct, createSampleProduct, deleteProduct, renameProduct } from '../../db/product-commands';
import { liveProducts } from '../../db/queries';
import { liveShares } from '../../db/shares';
import type { Product } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';

function ProductRow({ product, shared }: { product: Product; shared: boolean }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(product.name);
  const [confirming, setConfirming] = useState(false);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => renameProduct(product.id, name));
    if (result.ok) setRenaming(false);
  };
  const remove = async () => {
    const result = await run(() => deleteProduct(product.id));
    setConfirming(false);
    if (result.ok) {
      showNotice({
        kind: 'info',
        message: t('products.deleted', { name: product.name }),
        action: undoAction(product.id),
      });
    }
  };

  return (
    <li className="product-row">
      {renaming ? (
        <form className="inline-form" onSubmit={rename}>
          <input aria-label={t('products.name')} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--primary">
            {t('products.save')}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <>
          <Link className="product-row__name" href={paths.board(product.id)}>
            {product.name}
          </Link>
          {product.isSample && <span className="badge">{t('products.sample')}</span>}
          {shared && <span className="badge">{t('products.shared')}</span>}
          <span className="product-row__actions">
            <Link className="button button--small" href={paths.sharing(product.id)}>
              {t('products.share')}
            </Link>
            <button type="button" className="button button--small" aria-label={t('products.renameLabel', { name: product.name })} onClick={() => setRenaming(true)}>
              {t('products.rename')}
            </button>
            <button type="button" className="button button--small button--danger" aria-label={t('products.deleteLabel', { name: product.name })} onClick={() => setConfirming(true)}>
              {t('products.delete')}
            </button>
          </span>
        </>
      )}
      {confirming && (
        <Dialog title={t('products.confirmDelete', { name: product.name })} onClose={() => setConfirming(false)}>
          <p>{t('products.confirmDeleteHelp')}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={remove}>
              {t('products.delete')}
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}

/** Every product of this browser: create, rename, open, delete, or bring back the sample. */
export function ProductsPage() {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const products = useLiveQuery(liveProducts);
  const shares = useLiveQuery(liveShares);
  const [name, setName] = useState('');
  if (!products) return null;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => createProduct(name));
    if (result.ok) navigate(paths.board(result.value.id));
  };
  const addSample = async () => {
    const result = await run(() => createSampleProduct(language === 'fr' ? 'fr' : 'en'));
    if (result.ok) navigate(paths.board(result.value.id));
  };

  return (
    <div className="page page--narrow">
      <h1>{t('products.title')}</h1>
      {products.length === 0 && <p className="empty">{t('products.empty')}</p>}
      <ul className="product-list">
        {products.map((p) => (
          <ProductRow key={p.id} product={p} shared={!!shares?.some((share) => share.productId === p.id)} />
        ))}
      </ul>
      <form className="inline-form" onSubmit={create}>
        <input aria-label={t('products.name')} placeholder={t('products.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button--primary">
          {t('products.create')}
        </button>
      </form>
      {!products.some((p) => p.isSample) && (
        <button type="button" className="button" onClick={addSample}>
          {t('products.addSample')}
        </button>
      )}
    </div>
  );
}
