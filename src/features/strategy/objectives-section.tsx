import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { createObjective } from '../../db/objective-commands';
import { objectives } from '../../db/strategy-queries';
import { toLocalDate } from '../../domain/delivery/dates';
import { periodKey, quarterOf } from '../../domain/strategy/periods';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Field } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';
import { ObjectiveItem } from './objective-item';
import { periodLabel } from './strategy-words';

/** The product's objectives in OKR form, under a heading per period, the earliest first. */
export function ObjectivesSection({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const id = useId();
  const rows = useLiveQuery(() => objectives(productId), [productId]);
  if (!rows) return null;

  // Headings and objectives are siblings, so an objective whose period changes moves without remounting its form.
  const items = rows.flatMap((row, i) => {
    const key = periodKey(row.objective.period);
    const item = <ObjectiveItem key={row.objective.id} row={row} />;
    if (i > 0 && periodKey(rows[i - 1]!.objective.period) === key) return [item];
    const heading = (
      <h3 key={`period:${key}`} className="objective-period">
        {periodLabel(row.objective.period, t, language)}
      </h3>
    );
    return [heading, item];
  });

  return (
    <section className="strategy-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('strategy.objectives.title')}</h2>
      <p className="field__help">{t('strategy.objectives.intro')}</p>
      <NewObjectiveForm productId={productId} />
      {rows.length === 0 ? <p className="empty">{t('strategy.objectives.empty')}</p> : <div className="objective-list">{items}</div>}
    </section>
  );
}

/** A title, and the objective is written for the current quarter; its period and key results are set next. */
function NewObjectiveForm({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const period = quarterOf(toLocalDate(Date.now()));
    const result = await run(() => createObjective(productId, { title, period }));
    if (!result.ok) {
      setError(result.fields?.title ?? result.fields?.period);
      return;
    }
    setTitle('');
    setError(undefined);
    announce(t('strategy.objectives.added', { title: result.value.title, period: periodLabel(period, t, language) }));
  };
  return (
    <form className="inline-form new-objective" onSubmit={submit}>
      <Field label={t('strategy.objectives.newTitle')} error={error}>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary">
        {t('strategy.objectives.add')}
      </button>
    </form>
  );
}
