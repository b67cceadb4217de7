import { memo, useId, type CSSProperties } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Demand } from '../../domain/feedback/demand';
import type { BoardFilter } from '../../domain/filter';
import type { Initiative, Lane, Stage } from '../../domain/types';
import { StageColumn } from './stage-column';
import { sumCounts, useStageCounts } from './stage-counts';

interface LaneSectionProps {
  lane: Lane;
  stages: readonly Stage[];
  filter: BoardFilter;
  /** Who asks for each initiative, by id. */
  demand: ReadonlyMap<string, Demand> | undefined;
  onCreate: (stageId: string) => void;
  onOpen: (initiative: Initiative) => void;
  onMoveTo: (initiative: Initiative) => void;
}

/** A lane: a landmark region named by its heading, holding its stages side by side. */
export const LaneSection = memo(function LaneSection({ lane, stages, filter, demand, onCreate, onOpen, onMoveTo }: LaneSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = useStageCounts((s) => sumCounts(s.counts, stages.map((stage) => stage.id), 'shown'));
  return (
    <section className={`lane lane--${lane}`} aria-labelledby={headingId} style={{ '--stage-count': stages.length } as CSSProperties}>
      <header className="lane__header">
        <h2 id={headingId} className="lane__name">
          {t(`lanes.${lane}`)}
        </h2>
        <span className="count">{t('count.cards', { count })}</span>
      </header>
      <div className="lane__stages">
        {stages.map((stage) => (
          <StageColumn key={stage.id} stage={stage} filter={filter} demand={demand} onCreate={onCreate} onOpen={onOpen} onMoveTo={onMoveTo} />
        ))}
      </div>
    </section>
  );
});
