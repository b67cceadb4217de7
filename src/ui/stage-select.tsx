import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';
import { LANES, type Stage } from '../domain/types';
import { stageName } from './stage-name';

interface StageSelectProps {
  id: string;
  stages: readonly Stage[];
  value: string;
  onChange: (stageId: string) => void;
  /** When given, a first option with an empty value (such as "All stages"). */
  emptyLabel?: string;
  /** Options after the stages, their values never a stage id (such as the ways to close). */
  children?: ReactNode;
}

/** A select of every stage, grouped by lane in board order. */
export function StageSelect({ id, stages, value, onChange, emptyLabel, children }: StageSelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {LANES.map((lane) => (
        <optgroup key={lane} label={t(`lanes.${lane}`)}>
          {stages
            .filter((s) => s.lane === lane)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {stageName(s, t)}
              </option>
            ))}
        </optgroup>
      ))}
      {children}
    </select>
  );
}
