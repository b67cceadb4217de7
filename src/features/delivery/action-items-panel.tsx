import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState, type FormEvent } from 'react';
import { closeActionItem, editActionItem, reopenActionItem } from '../../db/action-item-commands';
import { actionItemsOfRun } from '../../db/delivery-queries';
import type { ActionItem, RitualRun } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { ActionItemAdd } from './action-item-add';
import { ActionItemInputs, fieldsOfAction, valuesOfAction, type ActionItemValues } from './action-item-fields';
import { actionStatusLabel, ActionItemSummary, ItemButton } from './action-item-summary';

/** The action items this retrospective decides: added, edited, marked done or dropped. */
export function ActionItemsPanel({ run, readOnly }: { run: RitualRun; readOnly: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const items = useLiveQuery(() => actionItemsOfRun(run.id), [run.id]);
  if (!items) return null;
  return (
    <section className="ritual-panel action-items" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rituals.actions.title')}</h2>
      {items.length === 0 ? (
        <p className="field__help">{readOnly ? t('rituals.actions.noneDecided') : t('rituals.actions.none')}</p>
      ) : (
        <ul className="action-item-list" aria-labelledby={`${id}-title`}>
          {items.map((item) => (
            <ActionItemEntry key={item.id} item={item} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {!readOnly && <ActionItemAdd runId={run.id} />}
    </section>
  );
}

function ActionItemEntry({ item, readOnly }: { item: ActionItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [editing, setEditing] = useState(false);
  const entry = useRef<HTMLLIElement>(null);
  // Back from the edit form, the keyboard carries on from the item's buttons rather than the page top.
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => entry.current?.querySelector('button')?.focus());
  };

  const close = async (status: 'done' | 'dropped') => {
    const result = await command(() => closeActionItem(item.id, status));
    if (result.ok) announce(t(`rituals.actions.closed.${status}`, { text: item.text }));
  };
  const reopen = async () => {
    const result = await command(() => reopenActionItem(item.id));
    if (result.ok) announce(t('rituals.actions.reopened', { text: item.text }));
  };

  return (
    <li className={`action-item action-item--${item.status}`} ref={entry}>
      {editing ? (
        <ActionItemEdit item={item} onDone={stopEditing} />
      ) : (
        <>
          <ActionItemSummary item={item} />
          <span className={`badge action-item__status action-item__status--${item.status}`}>{actionStatusLabel(item, t)}</span>
          {!readOnly && (
            <div className="action-item__actions">
              <ItemButton label={t('rituals.actions.edit')} item={item} onClick={() => setEditing(true)} />
              {item.status === 'open' ? (
                <>
                  <ItemButton label={t('rituals.actions.markDone')} item={item} onClick={() => void close('done')} />
                  <ItemButton label={t('rituals.actions.markDropped')} item={item} onClick={() => void close('dropped')} />
                </>
              ) : (
                <ItemButton label={t('rituals.actions.reopen')} item={item} onClick={() => void reopen()} />
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}

function ActionItemEdit({ item, onDone }: { item: ActionItem; onDone: () => void }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [values, setValues] = useState<ActionItemValues>(() => valuesOfAction(item));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command(() => editActionItem(item.id, fieldsOfAction(values)));
    if (result.ok) onDone();
    else setErrors(result.fields ?? {});
  };

  return (
    <form className="form action-item__edit" onSubmit={submit} noValidate aria-label={t('rituals.actions.editTitle', { text: item.text })}>
      <ActionItemInputs values={values} errors={errors} onChange={setValues} autoFocus />
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('rituals.actions.save')}
        </button>
      </div>
    </form>
  );
}
