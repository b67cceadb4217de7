import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { rescoreHypothesis } from '../../db/hypothesis-commands';
import { nudge, quadrant, scoreFromPosition } from '../../domain/discovery/assumption-map';
import type { Hypothesis, Score } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { statementOf } from './discovery-words';
import './discovery.css';

interface Scores {
  importance: Score;
  evidence: Score;
}

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];
/** Rows from the top: high importance first. */
const ROWS: readonly Score[] = [5, 4, 3, 2, 1];
const STACK_PX = 14;

/** The corner cells carry the name of their quadrant. */
const CORNERS: readonly Scores[] = [
  { importance: 5, evidence: 1 },
  { importance: 5, evidence: 5 },
  { importance: 1, evidence: 1 },
  { importance: 1, evidence: 5 },
];

const without = (moved: Record<string, Scores>, ids: readonly string[]) => Object.fromEntries(Object.entries(moved).filter(([id]) => !ids.includes(id)));

const isCorner = (s: Scores) => CORNERS.some((c) => c.importance === s.importance && c.evidence === s.evidence);

/**
 * The assumption map: importance (low to high, bottom to top) by evidence (little to much, left to
 * right). Each hypothesis is a point that moves with the arrow keys or by dragging.
 */
export function AssumptionMap({ hypotheses }: { hypotheses: readonly Hypothesis[] }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const plot = useRef<HTMLDivElement>(null);
  // Where points show until the database has their new scores (during a drag, and right after).
  const [moved, setMoved] = useState<Record<string, Scores>>({});
  const [dragging, setDragging] = useState<string | null>(null);
  // A point shows its stored scores again once the database has what it was moved to.
  const echoed = hypotheses.filter((h) => h.id !== dragging && moved[h.id]?.importance === h.importance && moved[h.id]?.evidence === h.evidence);
  if (echoed.length > 0) setMoved((m) => without(m, echoed.map((h) => h.id)));

  const scoresOf = (h: Hypothesis): Scores => moved[h.id] ?? { importance: h.importance, evidence: h.evidence };

  // Keys can come faster than renders (key repeat): handlers read the last move from here.
  const lastMove = useRef<Record<string, Scores>>({});
  const rescore = async (h: Hypothesis, next: Scores) => {
    lastMove.current = { ...lastMove.current, [h.id]: next };
    setMoved((m) => ({ ...m, [h.id]: next }));
    // Written even when it matches the stored scores: an earlier move may still be on its way.
    const result = await run(() => rescoreHypothesis(h.id, next));
    if (lastMove.current[h.id] === next) lastMove.current = without(lastMove.current, [h.id]);
    if (!result.ok) setMoved((m) => without(m, [h.id]));
    return result.ok;
  };

  const onKeyDown = async (event: KeyboardEvent, h: Hypothesis) => {
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    event.preventDefault();
    const current = lastMove.current[h.id] ?? scoresOf(h);
    const next = nudge({ ...h, ...current }, event.key);
    if (next.importance === current.importance && next.evidence === current.evidence) return;
    if (await rescore(h, { importance: next.importance, evidence: next.evidence })) announce(t('discovery.map.moved', { importance: next.importance, evidence: next.evidence }));
  };

  const scoreAt = (event: PointerEvent): Scores | null => {
    const box = plot.current?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    return scoreFromPosition(event.clientX - box.left, event.clientY - box.top, box.width, box.height);
  };

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, h: Hypothesis) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(h.id);
  };
  const onPointerMove = (event: PointerEvent, h: Hypothesis) => {
    if (dragging !== h.id) return;
    const next = scoreAt(event);
    const current = scoresOf(h);
    if (next && (next.importance !== current.importance || next.evidence !== current.evidence)) setMoved((m) => ({ ...m, [h.id]: next }));
  };
  const onPointerUp = async (event: PointerEvent, h: Hypothesis) => {
    if (dragging !== h.id) return;
    setDragging(null);
    const next = scoreAt(event) ?? scoresOf(h);
    if (next.importance === h.importance && next.evidence === h.evidence) return;
    if (await rescore(h, next)) announce(t('discovery.map.moved', { importance: next.importance, evidence: next.evidence }));
  };
  const onPointerCancel = (h: Hypothesis) => {
    if (dragging !== h.id) return;
    setDragging(null);
    setMoved((m) => without(m, [h.id]));
  };

  // Points sharing a cell sit side by side.
  const cellIndex = new Map<string, number>();
  const cellSize = new Map<string, number>();
  const placed = hypotheses.map((h, i) => {
    const s = scoresOf(h);
    const cell = `${s.importance}:${s.evidence}`;
    const index = cellIndex.get(cell) ?? 0;
    cellIndex.set(cell, index + 1);
    cellSize.set(cell, index + 1);
    return { h, number: i + 1, s, cell, index };
  });

  return (
    <section className="amap" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('discovery.map.title')}</h4>
      <p className="field__help" id={`${id}-help`}>
        {t('discovery.map.instructions')}
      </p>
      <div className="amap__frame">
        <div className="amap__y-axis" aria-hidden="true">
          <span>{t('discovery.map.high')}</span>
          <span className="amap__axis-name">{t('discovery.map.importanceAxis')}</span>
          <span>{t('discovery.map.low')}</span>
        </div>
        <div className="amap__plot" ref={plot} role="group" aria-label={t('discovery.map.label')}>
          <div className="amap__cells">
            {ROWS.map((importance) =>
              SCORES.map((evidence) => {
                const q = quadrant({ importance, evidence });
                return (
                  <div key={`${importance}:${evidence}`} className={`amap__cell amap__cell--${q}`}>
                    {isCorner({ importance, evidence }) && <span className="amap__quadrant">{t(`discovery.map.quadrants.${q}`)}</span>}
                  </div>
                );
              }),
            )}
          </div>
          {placed.map(({ h, number, s, cell, index }) => {
            const offset = (index - ((cellSize.get(cell) ?? 1) - 1) / 2) * STACK_PX;
            const label = t('discovery.map.point', { number, statement: statementOf(h, t), importance: s.importance, evidence: s.evidence });
            return (
              <button
                key={h.id}
                type="button"
                className={`amap__point amap__point--${h.status}${dragging === h.id ? ' amap__point--dragging' : ''}`}
                style={{ left: `calc(${(s.evidence - 0.5) * 20}% + ${offset}px)`, bottom: `${(s.importance - 0.5) * 20}%` }}
                aria-label={label}
                aria-describedby={`${id}-help`}
                title={label}
                onKeyDown={(e) => void onKeyDown(e, h)}
                onPointerDown={(e) => onPointerDown(e, h)}
                onPointerMove={(e) => onPointerMove(e, h)}
                onPointerUp={(e) => void onPointerUp(e, h)}
                onPointerCancel={() => onPointerCancel(h)}
              >
                {number}
              </button>
            );
          })}
        </div>
        <div className="amap__x-axis" aria-hidden="true">
          <span>{t('discovery.map.little')}</span>
          <span className="amap__axis-name">{t('discovery.map.evidenceAxis')}</span>
          <span>{t('discovery.map.much')}</span>
        </div>
      </div>
    </section>
  );
}
