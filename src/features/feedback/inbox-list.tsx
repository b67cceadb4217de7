import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { FeedbackState } from '../../domain/feedback/inbox';
import type { Account, FeedbackNote } from '../../domain/feedback/types';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { SHORTCUT_ITEM } from '../../ui/shortcuts-store';

export interface InboxRow {
  note: FeedbackNote;
  account: Account | null;
  state: FeedbackState;
  links: number;
}

interface InboxListProps {
  rows: readonly InboxRow[];
  selectedId: string;
  onSelect: (id: string) => void;
  /** A note clicked: on a phone, its detail replaces the list. */
  onOpen: () => void;
  /** A key pressed on a row that is not a move: the page's triage keys (L, E, D, Enter). */
  onKey: (event: KeyboardEvent, id: string) => void;
  label: string;
}

const ROW_ESTIMATE = 96;
/** A User Timing mark once the first notes show, for performance tools and the benchmark. */
const INBOX_READY_MARK = 'plb:inbox-ready';

/**
 * The notes, newest first, in a virtualised listbox: J and K (or the arrows) move and select,
 * so a PM triages a morning's feedback without the mouse.
 */
export function InboxList({ rows, selectedId, onSelect, onOpen, onKey, label }: InboxListProps) {
  const { t, language } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new function would make the virtualiser lay out all 10,000 notes again on every render, not only when they change.
  const getItemKey = useCallback((index: number) => rows[index]!.note.id, [rows]);
  // The virtualiser re-renders this component on scroll by design; only its own cache relies on getItemKey staying the same.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLDivElement>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey,
  });
  const selectedIndex = useMemo(() => rows.findIndex((r) => r.note.id === selectedId), [rows, selectedId]);
  const rendered = virtualizer.getVirtualItems().length > 0;
  useEffect(() => {
    if (rendered && performance.getEntriesByName(INBOX_READY_MARK).length === 0) performance.mark(INBOX_READY_MARK);
  }, [rendered]);

  // The selected note is scrolled to (a link to a note, J at the bottom of the view).
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect(row.note.id);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-note="${row.note.id}"]`)?.focus());
  };

  const keyDown = (event: KeyboardEvent, index: number, id: string) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else onKey(event, id);
  };

  return (
    <div ref={scrollRef} className="inbox-list" role="listbox" aria-label={label}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const { note, account, state, links } = rows[item.index]!;
          const selected = note.id === selectedId;
          const who = account ? account.name : note.person || t('feedback.list.anonymous');
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-note={note.id}
              {...{ [SHORTCUT_ITEM]: '' }}
              role="option"
              aria-selected={selected}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              tabIndex={selected || (selectedIndex === -1 && item.index === 0) ? 0 : -1}
              className={`inbox-row${selected ? ' inbox-row--selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              onFocus={() => !selected && onSelect(note.id)}
              onClick={() => {
                onSelect(note.id);
                onOpen();
              }}
              onKeyDown={(e) => keyDown(e, item.index, note.id)}
            >
              <span className="inbox-row__head">
                <strong className="inbox-row__who">{who}</strong>
                {account?.strategic && <span className="inbox-row__strategic">{t('feedback.detail.strategic')}</span>}
                <span className={`feedback-state feedback-state--${state}`}>{t(`feedback.state.${state}`)}</span>
              </span>
              <span className="inbox-row__text">{note.text}</span>
              <span className="inbox-row__meta">
                {t(`feedback.source.${note.source}`)} · <time dateTime={note.date}>{dayText(note.date, language)}</time>
                {links > 0 && <> · {t('feedback.list.links', { count: links })}</>}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
