import { toLocalDate } from '../../domain/delivery/dates';
import { roadmapMarkdown, type Roadmap, type RoadmapColumnKey, type RoadmapTexts } from '../../domain/strategy/roadmap';
import type { ScoringFramework } from '../../domain/strategy/types';
import type { TFunction } from '../../i18n/i18n';
import { downloadText, fileSlug } from '../../ui/download';
import { stageName } from '../../ui/stage-name';
import { formatScore, frameworkName } from './strategy-words';

export function horizonNames(t: TFunction): Record<RoadmapColumnKey, string> {
  return { released: t('strategy.roadmap.horizons.released'), now: t('strategy.roadmap.horizons.now'), next: t('strategy.roadmap.horizons.next'), later: t('strategy.roadmap.horizons.later') };
}

/** A score as the roadmap shows it: "RICE 213.3". */
export function scoreText(score: number, framework: ScoringFramework, t: TFunction, language: string): string {
  return t('strategy.roadmap.score', { framework: frameworkName(framework), score: formatScore(score, language) });
}

function texts(framework: ScoringFramework, t: TFunction, language: string): RoadmapTexts {
  return {
    title: t('strategy.roadmap.markdownTitle'),
    horizons: horizonNames(t),
    noObjective: t('strategy.roadmap.noObjective'),
    empty: t('strategy.roadmap.empty'),
    stageName: (stage) => stageName(stage, t),
    score: (score) => scoreText(score, framework, t, language),
  };
}

/** The roadmap as Markdown in the UI language. */
export function roadmapText(roadmap: Roadmap, t: TFunction, language: string): string {
  return roadmapMarkdown(roadmap, texts(roadmap.framework, t, language));
}

/** Downloads the roadmap as roadmap-<product>-<today>.md. */
export function downloadRoadmap(roadmap: Roadmap, t: TFunction, language: string) {
  const name = `roadmap-${fileSlug(roadmap.productName, 'product')}-${toLocalDate(Date.now())}.md`;
  downloadText(roadmapText(roadmap, t, language), name, 'text/markdown;charset=utf-8');
}
