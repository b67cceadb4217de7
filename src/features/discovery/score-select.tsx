import type { Score } from '../../domain/discovery/types';

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

interface ScoreSelectProps {
  id: string;
  value: Score;
  onChange: (value: Score) => void;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A score from 1 to 5; its label and help come from the surrounding Field. */
export function ScoreSelect({ value, onChange, ...rest }: ScoreSelectProps) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(Number(e.target.value) as Score)}>
      {SCORES.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
