import { useState } from 'react';
import { Link } from 'wouter';
import { deleteAccount } from '../../db/account-commands';
import { asksOfAccount, notesByAccount } from '../../domain/feedback/account-asks';
import type { Account } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useCanWrite } from '../../ui/use-share';
import { useStackedTable } from '../../ui/use-stacked-table';
import { AccountDialog } from './account-dialog';
import { revenueText, segmentText } from './account-words';
import { useAccountsData } from './accounts-data';
import { compareRows, SORT_COLUMNS, type AccountRow, type Sort, type SortColumn } from './accounts-sort';
import './accounts.css';

/** The product's accounts, sortable by every column, with what each asks for. */
export function AccountsPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const data = useAccountsData(productId);
  const canWrite = useCanWrite(productId);
  const [sort, setSort] = useState<Sort>({ column: 'name', descending: false });
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const run = useCommand();
  const undoAction = useUndoAction();
  const tableRef = useStackedTable();
  if (!data) return null;

  const notes = notesByAccount(data.notes);
  const rows: AccountRow[] = data.accounts
    .map((account) => ({
      account,
      notes: notes.get(account.id) ?? 0,
      asks: asksOfAccount(account.id, data.links, data.notes)
        .map((a) => data.initiatives.get(a.initiativeId)?.title)
        .filter((title): title is string => title !== undefined),
    }))
    .sort((a, b) => compareRows(a, b, sort));
  const sortBy = (column: SortColumn) => setSort((s) => ({ column, descending: s.column === column ? !s.descending : column !== 'name' && column !== 'segment' && column !== 'plan' }));
  const remove = async (account: Account) => {
    const result = await run(() => deleteAccount(account.id));
    if (!result.ok) return;
    const message = t('accounts.deleted', { name: account.name });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(productId) });
  };

  return (
    <div className="page accounts-page">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('accounts.title')}</h1>
        {canWrite && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('accounts.new')}
          </button>
        )}
      </div>
      <p className="accounts-page__intro">{t('accounts.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('accounts.empty')}</p>
      ) : (
        <table className="table table--stack accounts-table" ref={tableRef}>
          <caption className="visually-hidden">{t('accounts.caption', { product: data.product.name })}</caption>
          <thead>
            <tr>
              {SORT_COLUMNS.map((column) => (
                <th key={column} scope="col" className={`accounts-table__${column}`} aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  <button type="button" className="accounts-table__sort" onClick={() => sortBy(column)}>
                    {t(`accounts.columns.${column}`)}
                  </button>
                </th>
              ))}
              {canWrite && (
                <th scope="col" className="accounts-table__actions">
                  <span className="visually-hidden">{t('accounts.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ account, notes: count, asks }) => (
              <tr key={account.id}>
                <th scope="row" className="accounts-table__name">
                  <Link href={paths.account(productId, account.id)}>{account.name}</Link>
                </th>
                <td>{segmentText(account.segment, t)}</td>
                <td>{account.plan}</td>
                <td className="accounts-table__revenue">{revenueText(account.revenue, language, t)}</td>
                <td>{account.strategic && <span className="badge badge--strategic">{t('accounts.strategicBadge')}</span>}</td>
                <td className="accounts-table__notes">{count}</td>
                <td className="accounts-table__asks">{asks.length > 0 && <span>{asks.join(' · ')}</span>}</td>
                {canWrite && (
                  <td className="accounts-table__actions">
                    <span className="accounts-table__buttons">
                      <button type="button" className="button button--small" aria-label={t('accounts.editAccount', { name: account.name })} onClick={() => setEditing(account)}>
                        {t('accounts.edit')}
                      </button>
                      <button type="button" className="button button--small button--danger" aria-label={t('accounts.deleteAccount', { name: account.name })} onClick={() => void remove(account)}>
                        {t('accounts.delete')}
                      </button>
                    </span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <AccountDialog productId={productId} account={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
