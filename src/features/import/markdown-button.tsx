import { hypothesesOf } from '../../db/discovery-queries';
import { storiesOfInitiative } from '../../db/delivery-queries';
import { liveStages } from '../../db/queries';
import { initiativeMarkdown, type InitiativeMarkdownTexts } from '../../domain/export/initiative-markdown';
import { HYPOTHESIS_STATUSES, type HypothesisStatus } from '../../domain/discovery/types';
import { STORY_STATUSES, type StoryStatus } from '../../domain/delivery/types';
import type { Initiative, Stage } from '../../domain/types';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { downloadText, fileSlug } from '../../ui/download';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';
import { dateText } from '../../ui/date-text';

/** Where the initiative stands, as its page says it. */
function whereText(initiative: Initiative, stages: readonly Stage[], t: TFunction, language: string): string {
  const stage = stages.find((s) => s.id === initiative.stageId);
  if (initiative.status === 'active' && stage) return t('initiative.where', { lane: t(`lanes.${stage.lane}`), stage: stageName(stage, t) });
  const date = dateText(initiative.closedAt ?? initiative.updatedAt, language);
  return t('initiative.closedAs', { status: t(`initiative.status.${initiative.status}`), date });
}

function texts(where: string, t: TFunction, language: string): InitiativeMarkdownTexts {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return {
    where,
    labels: {
      owner: t('initiative.owner'),
      tags: t('initiative.tags'),
      segment: t('initiative.segment'),
      summary: t('initiative.summary'),
      problem: t('initiative.problem'),
      hypotheses: t('discovery.hypotheses.title'),
      learning: t('discovery.hypotheses.learning'),
      stories: t('stories.title'),
      asA: t('stories.asA'),
      iWant: t('stories.iWant'),
      soThat: t('stories.soThat'),
      given: t('stories.criteria.given'),
      when: t('stories.criteria.when'),
      then: t('stories.criteria.then'),
      outcome: t('outcome.title'),
      metric: t('outcome.metric'),
      baseline: t('outcome.baseline'),
      target: t('outcome.target'),
      actual: t('outcome.actual'),
      conclusion: t('outcome.conclusion'),
      comments: t('initiative.comments'),
    },
    commentBy: (author, at) =>
      t('initiative.commentBy', { author: author || t('initiative.commentNoAuthor'), date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(at) }),
    statement: {
      weBelieve: t('discovery.statement.weBelieve'),
      for: t('discovery.statement.for'),
      willAchieve: t('discovery.statement.willAchieve'),
      weWillKnow: t('discovery.statement.weWillKnow'),
    },
    hypothesisStatus: Object.fromEntries(HYPOTHESIS_STATUSES.map((s) => [s, t(`discovery.statuses.${s}`)])) as Record<HypothesisStatus, string>,
    storyStatus: Object.fromEntries(STORY_STATUSES.map((s) => [s, t(`stories.statuses.${s}`)])) as Record<StoryStatus, string>,
    storyNumber: (n) => t('import.markdown.storyNumber', { number: n }),
    points: (points) => t('stories.pointsShort', { count: points, points: number.format(points) }),
    number: (value) => number.format(value),
    verdict: { met: t('outcome.verdict.met'), notMet: t('outcome.verdict.notMet'), pending: t('outcome.verdict.pending') },
  };
}

/** Downloads the initiative as <title>.md: what it is, where it stands, its discovery, stories and outcome. */
export function ExportMarkdownButton({ initiative }: { initiative: Initiative }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const exportIt = async () => {
    const result = await run(() => Promise.all([liveStages(initiative.productId), hypothesesOf(initiative.id), storiesOfInitiative(initiative.id)]));
    if (!result.ok) return;
    const [stages, hypotheses, stories] = result.value;
    const name = `${fileSlug(initiative.title, 'initiative')}.md`;
    downloadText(initiativeMarkdown(initiative, hypotheses, stories, texts(whereText(initiative, stages, t, language), t, language)), name, 'text/markdown;charset=utf-8');
    showNotice({ kind: 'info', message: t('import.markdown.done', { file: name }) });
  };
  return (
    <button type="button" className="button" onClick={exportIt}>
      {t('import.markdown.button')}
    </button>
  );
}
