import type { TFunction } from '../i18n/i18n';
import type { Stage } from '../domain/types';

/** A stage's name: the user's, or its default name in the UI language. */
export function stageName(stage: Pick<Stage, 'name' | 'defaultKey'>, t: TFunction): string {
  if (stage.name) return stage.name;
  return stage.defaultKey ? t(`stages.${stage.defaultKey}`) : '';
}
