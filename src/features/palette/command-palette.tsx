import { Command } from 'cmdk';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';
import { matchActions } from '../../domain/search/actions';
import type { DocumentLabels } from '../../domain/search/documents';
import type { SearchHit } from '../../domain/search/results';
import { periodRange } from '../../domain/strategy/periods';
import { useTranslation } from '../../i18n/i18n';
import { dayText } from '../../ui/date-text';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { usePaletteActions, type ActionGroup, type RunnableAction } from './palette-actions';
import { useActiveOption } from './active-option';
import { paletteIndex } from './palette-index';
import { hitPath } from './palette-targets';
import './palette.css';

const ACTION_GROUPS: ActionGroup[] = ['actions', 'views', 'products', 'preferences'];

interface CommandPaletteProps {
  productId: string | null;
  onClose: () => void;
}

/**
 * Ctrl/Cmd+K: one search box over everything in the product and every command, answered as the
 * user types. A native modal <dialog> like every other dialog here (focus trapped, Escape closes);
 * cmdk gives the combobox and list semantics and the arrow keys; our index gives the matches, so
 * cmdk's own filtering is off.
 */
export function CommandPalette({ productId, onClose }: CommandPaletteProps) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const ref = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useActiveOption(ref);
  const [query, setQuery] = useState('');

  const labels = useMemo<DocumentLabels>(
    () => ({
      ritualKind: (kind) => t(`rituals.kinds.${kind}`),
      closedStatus: (status) => t(`initiative.status.${status}`),
      period: (period) => {
        if (period.kind === 'quarter') return t('strategy.periods.quarter', { quarter: period.quarter, year: period.year });
        const { start, end } = periodRange(period);
        return t('strategy.periods.custom', { start: dayText(start, language), end: dayText(end, language) });
      },
    }),
    [t, language],
  );
  const index = useMemo(() => (productId ? paletteIndex(productId, language, labels) : null), [productId, language, labels]);
  const revision = useSyncExternalStore(
    (listener) => index?.onChange(listener) ?? (() => undefined),
    () => index?.revision ?? 0,
  );
  const groups = useMemo(() => (index ? index.query(query) : []), [index, query, revision]); // eslint-disable-line react-hooks/exhaustive-deps -- revision: the index changed under the same query
  const actions = matchActions(usePaletteActions(productId), query);

  // New words, new results: they are read from the top, not from where the last ones were scrolled to.
  useLayoutEffect(() => {
    listRef.current?.scrollTo({ top: 0 });
  }, [query]);

  useModalDialog(ref, onClose);
  // The search box, whatever the browser picks as the dialog's first focusable element.
  useEffect(() => ref.current?.querySelector('input')?.focus(), []);

  const openHit = (hit: SearchHit) => {
    onClose();
    if (productId) navigate(hitPath(productId, hit));
  };
  const runAction = (action: RunnableAction) => {
    onClose();
    void action.run();
  };

  const actionGroups = ACTION_GROUPS.map((group) => ({ group, items: actions.filter((a) => a.group === group) })).filter((g) => g.items.length > 0);
  const actionList = actionGroups.map(({ group, items }) => (
    <Command.Group key={group} heading={t(`palette.groups.${group}`)}>
      {items.map((action) => (
        <Command.Item key={action.id} value={`action.${action.id}`} onSelect={() => runAction(action)} className="palette__item">
          <span className="palette__title">{action.label}</span>
        </Command.Item>
      ))}
    </Command.Group>
  ));

  // data-index-ready and data-query tell the benchmark when the index is full and which text the results on screen answer.
  return (
    // A click on the backdrop (the dialog element itself, outside its box) closes it, as Escape does.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- Escape is the keyboard's way
    <dialog ref={ref} className="dialog palette" aria-label={t('palette.label')} data-index-ready={index ? index.ready : true} onClick={(e) => e.target === e.currentTarget && onClose()}>
      <Command label={t('palette.label')} shouldFilter={false} loop className="palette__command">
        <Command.Input className="palette__input" value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} />
        <Command.List ref={listRef} className="palette__list" data-query={query}>
          <Command.Empty className="palette__empty">{t('palette.empty', { query: query.trim() })}</Command.Empty>
          {/* Commands first: they match by the start of their words only, so a few at most, and typing a command's words means it. */}
          {actionList}
          {groups.map((group) => (
            <Command.Group key={group.kind} heading={t(`palette.groups.${group.kind}`)}>
              {group.hits.map((hit) => (
                <Command.Item key={hit.id} value={hit.id} onSelect={() => openHit(hit)} className="palette__item">
                  <span className="palette__title">{hit.title.trim() || t('palette.untitled')}</span>
                  {hit.detail && <span className="palette__detail">{hit.detail}</span>}
                </Command.Item>
              ))}
            </Command.Group>
          ))}
        </Command.List>
        <p className="palette__footer">
          {index && !index.ready && query.trim() ? t('palette.indexing') : t('palette.hint')}
        </p>
      </Command>
    </dialog>
  );
}
