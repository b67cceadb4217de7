import { useId } from 'react';
import type { Sprint } from '../../domain/delivery/types';
import { recentMonths, recentQuarters, reviewPeriodKey, reviewSpan, type ReviewPeriod } from '../../domain/review/period';
import { useTranslation } from '../../i18n/i18n';
import { dayRangeText } from '../../ui/date-text';
import { periodName } from './review-words';

interface Props {
  period: ReviewPeriod;
  sprints: readonly Sprint[];
  today: string;
  onChange: (key: string) => void;
}

/** How many months and quarters back the picker offers; an older period still opens from its link. */
const MONTHS = 12;
const QUARTERS = 4;

const GROUPS = ['months', 'quarters', 'sprints'] as const;
type PeriodGroup = (typeof GROUPS)[number];
const GROUP_OF: Record<ReviewPeriod['kind'], PeriodGroup> = { month: 'months', quarter: 'quarters', sprint: 'sprints' };

/** The period of the review: one of the last months, the last quarters, or a sprint, grouped by kind. */
export function PeriodPicker({ period, sprints, today, onChange }: Props) {
  const { t, language } = useTranslation();
  const id = useId();
  const current = reviewPeriodKey(period);
  const name = (p: ReviewPeriod) => {
    const span = reviewSpan(p, sprints);
    const base = periodName(p, sprints, t, language);
    const label = p.kind === 'sprint' && span ? t('review.sprintDates', { sprint: base, dates: dayRangeText(span.start, span.end, language) }) : base;
    return span && span.start <= today && today <= span.end ? t('review.soFar', { period: label }) : label;
  };
  const started = [...sprints].filter((s) => s.startDate <= today).sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  const groups: Record<PeriodGroup, ReviewPeriod[]> = {
    months: recentMonths(today, MONTHS),
    quarters: recentQuarters(today, QUARTERS),
    sprints: started.map((s): ReviewPeriod => ({ kind: 'sprint', sprintId: s.id })),
  };
  // A period opened from a link may be older than the picker's choices: it heads its group.
  if (!Object.values(groups).some((periods) => periods.some((p) => reviewPeriodKey(p) === current))) {
    const group = GROUP_OF[period.kind];
    groups[group] = [period, ...groups[group]];
  }

  return (
    <div className="review-picker">
      <label htmlFor={id}>{t('review.period')}</label>
      <select id={id} value={current} onChange={(e) => onChange(e.target.value)}>
        {GROUPS.filter((group) => groups[group].length > 0).map((group) => (
          <optgroup key={group} label={t(`review.periods.${group}`)}>
            {groups[group].map((p) => (
              <option key={reviewPeriodKey(p)} value={reviewPeriodKey(p)}>
                {name(p)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
