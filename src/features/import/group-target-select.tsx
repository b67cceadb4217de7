import { CLOSED_STATUSES, type ClosedStatus, type Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { StageSelect } from '../../ui/stage-select';

/** Where a column's cards go: a stage, or off the board, closed. */
export type GroupTarget = { kind: 'stage'; stageId: string } | { kind: 'close'; status: ClosedStatus };

/** Stage ids are random UUIDs: never this prefix. */
const CLOSE = 'close:';

interface GroupTargetSelectProps {
  id: string;
  stages: readonly Stage[];
  value: GroupTarget;
  onChange: (target: GroupTarget) => void;
}

/** The stages, grouped by lane in board order, then the three ways of closing. */
export function GroupTargetSelect({ id, stages, value, onChange }: GroupTargetSelectProps) {
  const { t } = useTranslation();
  const change = (raw: string) => {
    const status = CLOSED_STATUSES.find((s) => raw === `${CLOSE}${s}`);
    onChange(status ? { kind: 'close', status } : { kind: 'stage', stageId: raw });
  };
  return (
    <StageSelect id={id} stages={stages} value={value.kind === 'close' ? `${CLOSE}${value.status}` : value.stageId} onChange={change}>
      <optgroup label={t('import.target.closed')}>
        {CLOSED_STATUSES.map((status) => (
          <option key={status} value={`${CLOSE}${status}`}>
            {t(`import.target.${status}`)}
          </option>
        ))}
      </optgroup>
    </StageSelect>
  );
}
