import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { importCards, newImportProduct, type ImportDestination, type ImportDone } from '../../db/import-write';
import { liveProducts, liveStages } from '../../db/queries';
import { textSamples } from '../../domain/import/encoding';
import { importedCount } from '../../domain/import/counts';
import { ARCHIVED_CHOICES, archivedTest, buildImport, type ArchivedChoice, type ImportChoices } from '../../domain/import/mapping';
import type { ImportSource } from '../../domain/import/source';
import { suggestClose, suggestStage } from '../../domain/import/suggest';
import { clip } from '../../domain/import/text';
import { TITLE_MAX } from '../../domain/validation';
import type { ClosedStatus, Stage } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { Field, TextField } from '../../ui/form-field';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';
import { GroupTargetSelect, type GroupTarget } from './group-target-select';
import { ImportReading } from './import-reading';
import { ImportSummary } from './import-summary';
import { importWords } from './import-words';
import { SameNameCheck } from './same-name-check';

/** Product names compared as a person reads them: case, accents and spacing aside. */
const sameName = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/** The destination select's value for a new product (product ids are never empty). */
const NEW = '';

interface ImportDialogProps {
  source: ImportSource;
  fileName: string;
  onClose: () => void;
  onImported: (done: ImportDone, productName: string) => void;
}

/** A new product's default name: the board's or project's, else the file's without its extension. */
function defaultName(source: ImportSource, fileName: string): string {
  return clip(source.name || fileName.replace(/\.[^.]*$/, '') || source.kind, TITLE_MAX);
}

/**
 * Where each column goes: the user's choices for this product, else what its name suggests (a
 * stage, or closing for Cancelled, On hold…). A closed column's cards keep the stage its name
 * suggests, the one they were closed from.
 */
function useGroupTargets(source: ImportSource, destination: string, stages: readonly Stage[] | null) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<{ destination: string; targets: ReadonlyMap<string, GroupTarget> }>({ destination, targets: new Map() });
  const mapping = useMemo(() => {
    if (!stages || stages.length === 0) return null;
    const mine = picked.destination === destination ? picked.targets : new Map<string, GroupTarget>();
    const targets = new Map<string, GroupTarget>();
    const stageOf = new Map<string, string>();
    const closeOf = new Map<string, ClosedStatus>();
    for (const group of source.groups) {
      const stageId = suggestStage(group.name, stages, (s) => stageName(s, t));
      const close = suggestClose(group.name);
      const target = mine.get(group.key) ?? (close ? { kind: 'close', status: close } : { kind: 'stage', stageId });
      targets.set(group.key, target);
      stageOf.set(group.key, target.kind === 'stage' ? target.stageId : stageId);
      if (target.kind === 'close') closeOf.set(group.key, target.status);
    }
    return { targets, stageOf, closeOf };
  }, [source, destination, stages, picked, t]);
  const pick = (groupKey: string, target: GroupTarget) =>
    setPicked((p) => ({ destination, targets: new Map([...(p.destination === destination ? p.targets : []), [groupKey, target]]) }));
  return { mapping, pick };
}

/**
 * Maps a Trello board's lists (or a Jira export's statuses) to the stages of a new or existing
 * product or to closing, asks what to do with archived cards, says how the file was read, previews
 * the result, and imports on confirmation.
 */
export function ImportDialog({ source, fileName, onClose, onImported }: ImportDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const products = useLiveQuery(liveProducts);
  const [draft] = useState(() => newImportProduct(defaultName(source, fileName)));
  const [newName, setNewName] = useState(draft.product.name);
  const [nameError, setNameError] = useState<string | undefined>();
  const [chosen, setChosen] = useState(NEW);
  // A product deleted meanwhile (here or in another tab) falls back to a new one.
  const destination = products?.some((p) => p.id === chosen) ? chosen : NEW;
  const existingStages = useLiveQuery(() => (destination === NEW ? undefined : liveStages(destination)), [destination]);
  const stages = destination === NEW ? draft.stages : (existingStages ?? null);
  const { mapping, pick } = useGroupTargets(source, destination, stages);
  const [archived, setArchived] = useState<ArchivedChoice>('park');
  const [busy, setBusy] = useState(false);
  const words = useMemo(() => importWords(t, source.kind), [t, source.kind]);
  const samples = useMemo(() => textSamples(source), [source]);
  const [damagedAccepted, setDamagedAccepted] = useState(false);
  const [secondConfirmed, setSecondConfirmed] = useState(false);
  const choices = useMemo((): ImportChoices | null => mapping && { stageOf: mapping.stageOf, closeOf: mapping.closeOf, archived }, [mapping, archived]);

  const counts = useMemo(() => {
    const perGroup = new Map<string, number>();
    for (const item of source.items) perGroup.set(item.group, (perGroup.get(item.group) ?? 0) + 1);
    return { perGroup, archived: source.items.filter(archivedTest(source)).length };
  }, [source]);

  const productName = destination === NEW ? newName.trim() : (products?.find((p) => p.id === destination)?.name ?? '');
  // The counts depend on the choices only: no ids, ranks after existing cards or present time are needed for them.
  const preview = useMemo(
    () => (stages && choices ? buildImport(source, choices, { product: draft.product, stages, isNew: false, tails: new Map() }, words, draft.product.createdAt, () => '').counts : null),
    [source, choices, draft.product, stages, words],
  );
  const total = preview ? importedCount(preview) : 0;
  const taken = destination === NEW && !!products?.some((p) => sameName(p.name, newName));
  const blocked = (samples.damaged.length > 0 && !damagedAccepted) || (taken && !secondConfirmed);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choices || blocked) return;
    if (destination === NEW && (newName.trim() === '' || newName.trim().length > TITLE_MAX)) {
      setNameError(newName.trim() === '' ? 'errors.nameRequired' : 'errors.titleTooLong');
      return;
    }
    const into: ImportDestination = destination === NEW ? { ...draft, product: { ...draft.product, name: newName } } : { kind: 'existing', productId: destination };
    setBusy(true);
    const result = await run(() => importCards(source, choices, into, words));
    setBusy(false);
    if (result.ok) onImported(result.value, productName);
  };

  const groupLabel = (key: string, name: string, isArchived: boolean) =>
    t(isArchived ? 'import.archivedGroup' : 'import.group', { name: name || t('import.noStatus'), count: counts.perGroup.get(key) ?? 0 });

  return (
    <Dialog title={t(`import.dialog.${source.kind}`, { name: source.name || fileName })} onClose={onClose}>
      <form className="form import-dialog" onSubmit={submit} noValidate>
        <Field label={t('import.destination')}>
          {(props) => (
            <select {...props} value={destination} onChange={(e) => setChosen(e.target.value)} autoFocus>
              <option value={NEW}>{t('import.newProduct')}</option>
              {products?.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('import.existingProduct', { name: p.name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {destination === NEW && (
          <TextField
            label={t('import.newName')}
            value={newName}
            onChange={(value) => {
              setNewName(value);
              setNameError(undefined);
            }}
            error={nameError}
            required
          />
        )}
        {taken && <SameNameCheck name={newName.trim()} confirmed={secondConfirmed} onConfirm={setSecondConfirmed} />}
        <fieldset className="field">
          <legend>{t(`import.groups.${source.kind}`)}</legend>
          <p className="field__help">{t('import.groupsHelp')}</p>
          {stages && mapping ? (
            <div className="import-map">
              {source.groups.map((group, i) => (
                <div key={group.key} className="import-map__row">
                  <label htmlFor={`${id}-group-${i}`}>{groupLabel(group.key, group.name, group.archived)}</label>
                  <GroupTargetSelect id={`${id}-group-${i}`} stages={stages} value={mapping.targets.get(group.key)!} onChange={(target) => pick(group.key, target)} />
                </div>
              ))}
            </div>
          ) : (
            stages && <p className="field__error">{t('import.noStages')}</p>
          )}
        </fieldset>
        {counts.archived > 0 && (
          <fieldset className="field">
            <legend>{t('import.archived.legend', { count: counts.archived })}</legend>
            <p className="field__help">{t('import.archived.help')}</p>
            {ARCHIVED_CHOICES.map((choice) => (
              <div key={choice}>
                <label className="choice">
                  <input type="radio" name={`${id}-archived`} value={choice} checked={archived === choice} onChange={() => setArchived(choice)} />
                  {t(`import.archived.${choice}`)}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <ImportReading source={source} samples={samples} accepted={damagedAccepted} onAccept={setDamagedAccepted} language={language} />
        {preview && <ImportSummary counts={preview} source={source} productName={productName || t('import.newProduct')} language={language} />}
        <p className="field__help">{t('import.safety')}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !preview || total === 0 || blocked}>
            {t('import.confirm', { count: total })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
