import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Link } from 'wouter';
import { linkInitiative } from '../../db/objective-commands';
import { objectiveList, strategyOf } from '../../db/strategy-queries';
import { periodKey } from '../../domain/strategy/periods';
import type { Objective } from '../../domain/strategy/types';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Field } from '../../ui/form-field';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { ScoreFields } from './score-fields';
import { frameworkName, periodLabel } from './strategy-words';
import './strategy.css';

/** On the initiative page: the objective (and key result) it serves, and its score. */
export function StrategyPanel({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const id = useId();
  const data = useLiveQuery(
    async () => ({ objectives: await objectiveList(initiative.productId), strategy: await strategyOf(initiative.productId) }),
    [initiative.productId],
  );
  if (!data?.strategy) return null;
  const framework = data.strategy.scoring;
  return (
    <section className="strategy-panel" aria-labelledby={`${id}-title`}>
      <div className="strategy-panel__header">
        <h3 id={`${id}-title`}>{t('strategy.panel.title')}</h3>
        <Link className="button button--small" href={paths.strategy(initiative.productId)}>
          {t('strategy.panel.strategyPage')}
        </Link>
      </div>
      <ObjectiveLink initiative={initiative} objectives={data.objectives} />
      <ScoreFields key={framework} initiative={initiative} framework={framework} />
      <p className="field__help">{t('strategy.panel.frameworkHelp', { framework: frameworkName(framework) })}</p>
    </section>
  );
}

/** Two selects that save on change: the objective, grouped by period, and one of its key results. */
function ObjectiveLink({ initiative, objectives }: { initiative: Initiative; objectives: Objective[] }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const objective = objectives.find((o) => o.id === initiative.objectiveId);
  const keyResultId = objective?.keyResults.some((kr) => kr.id === initiative.keyResultId) ? initiative.keyResultId! : '';
  // The list comes ordered by period, so each period's objectives are consecutive.
  const groups: Objective[][] = [];
  for (const o of objectives) {
    const last = groups.at(-1);
    if (last && periodKey(last[0]!.period) === periodKey(o.period)) last.push(o);
    else groups.push([o]);
  }

  const link = async (objectiveId: string | null, krId: string | null) => {
    const result = await run(() => linkInitiative(initiative.id, objectiveId, krId));
    if (!result.ok) return;
    const title = objectives.find((o) => o.id === objectiveId)?.title;
    announce(title ? t('strategy.panel.linked', { title }) : t('strategy.panel.unlinked'));
  };

  if (objectives.length === 0) return <p className="field__help">{t('strategy.panel.noObjectives')}</p>;
  return (
    <div className="field-row objective-link">
      <Field label={t('strategy.panel.objective')}>
        {(props) => (
          <select {...props} value={objective?.id ?? ''} onChange={(e) => void link(e.target.value || null, null)}>
            <option value="">{t('strategy.panel.none')}</option>
            {groups.map((group) => (
              <optgroup key={periodKey(group[0]!.period)} label={periodLabel(group[0]!.period, t, language)}>
                {group.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('strategy.panel.keyResult')}>
        {(props) => (
          <select {...props} value={keyResultId} disabled={!objective || objective.keyResults.length === 0} onChange={(e) => void link(objective!.id, e.target.value || null)}>
            <option value="">{t('strategy.panel.none')}</option>
            {objective?.keyResults.map((kr) => (
              <option key={kr.id} value={kr.id}>
                {kr.metric}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
