import { memo, useId, type CSSProperties } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Initiative, Lane, Stage } from '../../domain/types';
import { StageColumn } from './stage-column';
import { useStageCounts } from './stage-counts';

interface LaneSectionProps {
  lane: Lane;
  stages: readonly Stage[];
  onCreate: (stageId: string) => void;
  onMoveTo: (initiative: Initiative) => void;
}

/** A lane: a landmark region named by its heading, holding its stages side by side. */
export const LaneSection = memo(function LaneSection({ lane, stages, onCreate, onMoveTo }: LaneSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = useStageCounts((s) => stages.reduce((sum, stage) => sum + (s.counts[stage.id] ?? 0), 0));
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
          <StageColumn key={stage.id} stage={stage} onCreate={onCreate} onMoveTo={onMoveTo} />
        ))}
      </div>
    </section>
  );
});
