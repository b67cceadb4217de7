import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { deleteAccount } from '../../db/account-commands';
import { asksOfAccount } from '../../domain/feedback/account-asks';
import type { Account } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useCanWrite } from '../../ui/use-share';
import { AccountAsksTable } from './account-asks-table';
import { AccountDialog } from './account-dialog';
import { AccountNotes } from './account-notes';
import { revenueText, segmentText } from './account-words';
import { useAccountsData, type AccountsData } from './accounts-data';
import './accounts.css';

/** One account: its facts, the initiatives it asks for and where they stand (live), and its notes. */
export function AccountPage({ productId, accountId }: { productId: string; accountId: string }) {
  const { t } = useTranslation();
  const data = useAccountsData(productId);
  if (data === undefined) return null;
  const account = data?.accounts.find((a) => a.id === accountId);
  if (!data || !account) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('accounts.account.notFound')}</p>
        <Link className="button" href={paths.accounts(productId)}>
          {t('accounts.account.back')}
        </Link>
      </div>
    );
  }
  return <AccountView data={data} account={account} />;
}

function AccountView({ data, account }: { data: AccountsData; account: Account }) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const canWrite = useCanWrite(account.productId);
  const run = useCommand();
  const undoAction = useUndoAction();
  const productId = account.productId;
  const notes = data.notes.filter((n) => n.accountId === account.id);
  const asks = asksOfAccount(account.id, data.links, notes);
  const segment = segmentText(account.segment, t);
  const plan = account.plan || '—';
  const facts =
    account.revenue === null
      ? t('accounts.account.factsUnknownRevenue', { segment, plan })
      : t('accounts.account.facts', { segment, plan, revenue: revenueText(account.revenue, language, t) });

  const remove = async () => {
    const result = await run(() => deleteAccount(account.id));
    if (!result.ok) return;
    navigate(paths.accounts(productId));
    const message = t('accounts.deleted', { name: account.name });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(productId) });
  };

  return (
    <div className="page account-page">
      <Link href={paths.accounts(productId)}>{t('accounts.account.back')}</Link>
      <div className="toolbar">
        <h1 className="toolbar__title">{account.name}</h1>
        {account.strategic && <span className="badge badge--strategic">{t('accounts.strategicBadge')}</span>}
        {canWrite && (
          <span className="account-page__actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('accounts.edit')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('accounts.delete')}
            </button>
          </span>
        )}
      </div>
      <p className="account-page__facts">{facts}</p>
      <section className="account-section" aria-labelledby="account-asks">
        <h2 id="account-asks">{t('accounts.account.asksTitle')}</h2>
        <p className="field__help">{t('accounts.account.asksHelp')}</p>
        {asks.length === 0 ? <p className="empty">{t('accounts.account.asksEmpty')}</p> : <AccountAsksTable data={data} asks={asks} caption={t('accounts.account.asksCaption', { name: account.name })} />}
      </section>
      <section className="account-section" aria-labelledby="account-notes">
        <h2 id="account-notes">
          {t('accounts.account.notesTitle')} <span className="count">{t('accounts.account.notesCount', { count: notes.length })}</span>
        </h2>
        {notes.length === 0 ? <p className="empty">{t('accounts.account.notesEmpty')}</p> : <AccountNotes data={data} notes={notes} labelledBy="account-notes" />}
      </section>
      {editing && <AccountDialog productId={productId} account={account} onClose={() => setEditing(false)} />}
    </div>
  );
}
