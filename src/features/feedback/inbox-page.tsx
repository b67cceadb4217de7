import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { db } from '../../db/db';
import { deleteFeedback, dismissFeedback, reopenFeedback } from '../../db/feedback-commands';
import { feedbackData, linkCounts } from '../../db/feedback-queries';
import { FEEDBACK_STATES, feedbackState, holdsWords, searchWords } from '../../domain/feedback/inbox';
import { FEEDBACK_SOURCES, type FeedbackNote, type FeedbackSource } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useCanWrite } from '../../ui/use-share';
import { CaptureDialog } from './capture-dialog';
import { ImportFeedbackButton } from './import-feedback-button';
import { InboxList, type InboxRow } from './inbox-list';
import { LinkHypothesisDialog, LinkInitiativeDialog } from './link-dialogs';
import { NoteDetail, type NoteAction } from './note-detail';
import { prepareSearchTexts, searchTextOf } from './search-text';
import { useInboxQuery } from './use-inbox-query';
import { useCreateKey } from './use-triage-keys';
import './feedback.css';

type Open = { kind: 'capture' } | { kind: 'edit'; note: FeedbackNote } | { kind: 'linkInitiative' | 'linkHypothesis'; note: FeedbackNote; selection: string } | null;

const TRIAGE_KEYS: Record<string, NoteAction> = { l: 'linkInitiative', e: 'linkHypothesis', d: 'dismiss' };

/** The product's feedback inbox: every note as it arrived, to link to what it asks for or to dismiss. */
export function InboxPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const canWrite = useCanWrite(productId);
  const [query, setQuery] = useInboxQuery();
  const [open, setOpen] = useState<Open>(query.create ? { kind: 'capture' } : null);
  const [phoneDetail, setPhoneDetail] = useState(query.note !== '');
  const selectionRef = useRef('');
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const data = useLiveQuery(() => feedbackData(productId), [productId]);

  const all = useMemo(() => {
    if (!data) return [];
    const counts = linkCounts(data);
    const accounts = new Map(data.accounts.map((a) => [a.id, a]));
    return data.notes.map((note): InboxRow => {
      const links = counts.get(note.id) ?? 0;
      return { note, account: note.accountId ? (accounts.get(note.accountId) ?? null) : null, state: feedbackState(note, links), links };
    });
  }, [data]);
  // Looked up on every render (the selected note) and every triage key: not a scan of 10,000 notes each time.
  const byId = useMemo(() => new Map(all.map((r) => [r.note.id, r])), [all]);
  const stateCounts = useMemo(() => Object.fromEntries(FEEDBACK_STATES.map((s) => [s, all.filter((r) => r.state === s).length])) as Record<string, number>, [all]);
  useEffect(() => prepareSearchTexts(all), [all]);
  // Filtered in the keystroke's own render: deferring it (useDeferredValue) added a frame or two to
  // every key, 46 ms p50 against 25 with 10,000 notes (npm run bench -- inbox).
  const q = query.q;
  const rows = useMemo(() => {
    const words = searchWords(q);
    return all.filter(
      (r) =>
        (query.state === 'all' || r.state === query.state) &&
        (!query.source || r.note.source === query.source) &&
        (!query.account || r.note.accountId === query.account) &&
        (words.length === 0 || holdsWords(searchTextOf(r.note, r.account?.name ?? ''), words)),
    );
  }, [all, query.state, query.source, query.account, q]);
  const openCapture = useCallback(() => setOpen({ kind: 'capture' }), []);
  useCreateKey(openCapture, canWrite && open === null);

  if (!product || !data) return null;
  const selected = byId.get(query.note) ?? null;

  /** After a note leaves the filtered list (dismissed, linked, deleted), the next one is selected, so triage goes on. */
  const selectNextAfter = (id: string) => {
    const index = rows.findIndex((r) => r.note.id === id);
    const next = rows[index + 1] ?? rows[index - 1];
    setQuery({ note: next && next.note.id !== id ? next.note.id : '' });
  };

  const act = async (action: NoteAction, note: FeedbackNote) => {
    if (!canWrite) return;
    if (action === 'linkInitiative' || action === 'linkHypothesis') return setOpen({ kind: action, note, selection: selectionRef.current });
    if (action === 'edit') return setOpen({ kind: 'edit', note });
    if (action === 'reopen') {
      if ((await run(() => reopenFeedback(note.id))).ok) announce(t('feedback.detail.reopened'));
      return;
    }
    if (action === 'dismiss' && byId.get(note.id)?.state !== 'toProcess') return;
    const result = await run<unknown>(() => (action === 'dismiss' ? dismissFeedback(note.id) : deleteFeedback(note.id)));
    if (!result.ok) return;
    showNotice({ kind: 'info', message: t(action === 'dismiss' ? 'feedback.detail.dismissed' : 'feedback.detail.deleted'), action: undoAction(productId) });
    if (action === 'delete' || query.state === 'toProcess') selectNextAfter(note.id);
  };

  const rowKey = (event: KeyboardEvent, id: string) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const note = byId.get(id)?.note;
    if (!note) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      setPhoneDetail(true);
      return;
    }
    const action = TRIAGE_KEYS[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    void act(action === 'dismiss' && byId.get(id)?.state === 'dismissed' ? 'reopen' : action, note);
  };

  const initiatives = [...data.initiatives.values()].filter((i) => i.status === 'active');
  const hypotheses = [...data.hypotheses.values()];

  return (
    <div className={`page inbox${phoneDetail && selected ? ' inbox--detail' : ''}`}>
      <div className="toolbar">
        <h1 className="toolbar__title">{t('feedback.inbox.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          {canWrite && <ImportFeedbackButton productId={productId} />}
          <button type="button" className="button button--primary" onClick={openCapture} disabled={!canWrite} aria-keyshortcuts="C">
            {t('feedback.inbox.new')}
          </button>
        </div>
      </div>
      <div className="inbox__filters" role="search" aria-label={t('feedback.inbox.filters')}>
        <div className="inbox__states" role="group" aria-label={t('feedback.inbox.show')}>
          {([...FEEDBACK_STATES, 'all'] as const).map((state) => (
            <button key={state} type="button" className="button button--small" aria-pressed={query.state === state} onClick={() => setQuery({ state })}>
              {state === 'all' ? t('feedback.inbox.all', { count: all.length }) : t(`feedback.inbox.stateCount.${state}`, { count: stateCounts[state] ?? 0 })}
            </button>
          ))}
        </div>
        <input type="search" className="inbox__search" aria-label={t('feedback.inbox.search')} placeholder={t('feedback.inbox.searchPlaceholder')} value={query.q} onChange={(e) => setQuery({ q: e.target.value })} />
        <select aria-label={t('feedback.inbox.source')} value={query.source} onChange={(e) => setQuery({ source: e.target.value as FeedbackSource | '' })}>
          <option value="">{t('feedback.inbox.anySource')}</option>
          {FEEDBACK_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`feedback.source.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('feedback.inbox.account')} value={query.account} onChange={(e) => setQuery({ account: e.target.value })}>
          <option value="">{t('feedback.inbox.anyAccount')}</option>
          {data.accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <p className="count" role="status">
          {t('feedback.inbox.shown', { count: rows.length, total: all.length })}
        </p>
      </div>
      <p className="inbox__keys">{t('feedback.inbox.keys')}</p>
      <div className="inbox__body">
        {/* Tells tests and the benchmark which search the rendered notes reflect. */}
        <div className="inbox__list" data-filter-applied={q}>
          {all.length === 0 ? (
            <p className="empty">{t('feedback.inbox.empty')}</p>
          ) : rows.length === 0 ? (
            <p className="empty">{query.state === 'toProcess' && !q && !query.source && !query.account ? t('feedback.inbox.allProcessed') : t('feedback.inbox.noMatch')}</p>
          ) : (
            <InboxList rows={rows} selectedId={query.note} onSelect={(note) => setQuery({ note })} onOpen={() => setPhoneDetail(true)} onKey={rowKey} label={t('feedback.inbox.listLabel')} />
          )}
        </div>
        <div className="inbox__detail">
          {selected ? (
            <>
              <button type="button" className="button button--small inbox__back" onClick={() => setPhoneDetail(false)}>
                {t('feedback.inbox.back')}
              </button>
              <NoteDetail
                note={selected.note}
                state={selected.state}
                account={selected.account}
                links={data.links.filter((l) => l.feedbackId === selected.note.id)}
                evidence={data.evidence.filter((e) => e.feedbackId === selected.note.id)}
                initiatives={data.initiatives}
                hypotheses={data.hypotheses}
                readOnly={!canWrite}
                selectionRef={selectionRef}
                onAction={(action) => void act(action, selected.note)}
              />
            </>
          ) : (
            all.length > 0 && <p className="empty">{t('feedback.inbox.pick')}</p>
          )}
        </div>
      </div>
      {open?.kind === 'capture' && (
        <CaptureDialog
          productId={productId}
          accounts={data.accounts}
          onClose={() => setOpen(null)}
          onSaved={(note) => {
            setOpen(null);
            setQuery({ note: note.id, state: 'toProcess' });
            setPhoneDetail(true);
          }}
        />
      )}
      {open?.kind === 'edit' && <CaptureDialog productId={productId} accounts={data.accounts} note={open.note} onClose={() => setOpen(null)} onSaved={() => setOpen(null)} />}
      {open?.kind === 'linkInitiative' && <LinkInitiativeDialog note={open.note} selection={open.selection} initiatives={initiatives} onClose={() => setOpen(null)} />}
      {open?.kind === 'linkHypothesis' && <LinkHypothesisDialog note={open.note} selection={open.selection} hypotheses={hypotheses} initiatives={data.initiatives} onClose={() => setOpen(null)} />}
    </div>
  );
}
