import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ritualRun, sprint as findSprint } from '../../db/delivery-queries';
import { editRitualRun, finishRitualRun, type RunPatch } from '../../db/ritual-commands';
import { runCompletion } from '../../domain/delivery/rituals';
import { sprintWeeks } from '../../domain/delivery/sprints';
import type { RitualRun, Sprint } from '../../domain/delivery/types';
import type { AnswerValue } from '../../domain/templates/instantiate';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { drafts } from '../../ui/draft-store';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { dateTimeText } from '../../ui/date-text';
import { ActionItemsPanel } from './action-items-panel';
import { ActionReviewPanel } from './action-review-panel';
import { RitualChecklist } from './ritual-checklist';
import { RitualChecklistRead } from './ritual-checklist-read';
import { decisionsOf, outputItem, type TextOutput } from './ritual-outputs';
import { RitualParticipants } from './ritual-participants';
import { RitualTextOutputs } from './ritual-text-outputs';
import { timeboxText } from './ritual-timebox';
import { RitualTimer } from './ritual-timer';
import { formatDuration, ritualKindLabel, runName } from './ritual-words';
import './rituals.css';

/** What is typed during a run, saved as the user types. */
interface RunValues {
  notes: Record<string, string>;
  answers: Record<string, AnswerValue>;
  goal: string;
  decisions: string;
}

const valuesOf = (run: RitualRun): RunValues => ({ notes: run.content.notes, answers: run.content.answers, goal: run.goal, decisions: run.decisions.join('\n') });

const BY_ITEM = ['notes', 'answers'] as const;

/** The fields typed here as one patch, so a save is one step: the notes and answers typed, the goal and decisions if typed. */
function patchOf({ notes, answers, goal, decisions }: Partial<RunValues>): RunPatch {
  return {
    ...(notes && { notes }),
    ...(answers && { answers }),
    ...(goal !== undefined && { goal }),
    ...(decisions !== undefined && { decisions: decisionsOf(decisions) }),
  };
}

/** A ritual run: in progress it is run here (checklist, timer, outputs); finished, it is shown as it ended. */
export function RitualRunPage({ productId, runId }: { productId: string; runId: string }) {
  const { t } = useTranslation();
  const found = useLiveQuery(async () => {
    const run = await ritualRun(runId);
    return run ? { run, sprint: run.sprintId ? await findSprint(run.sprintId) : null } : false;
  }, [runId]);
  if (found === undefined) return null;
  if (found === false || found.run.productId !== productId) {
    return (
      <div className="page page--narrow">
        <p className="empty">{t('rituals.run.notFound')}</p>
        <Link className="button" href={paths.delivery(productId)}>
          {t('rituals.run.toDelivery')}
        </Link>
      </div>
    );
  }
  return <RitualRunView key={found.run.id} run={found.run} sprint={found.sprint} />;
}

function RitualRunView({ run, sprint }: { run: RitualRun; sprint: Sprint | null }) {
  const { t, language } = useTranslation();
  // Set when the run is finished here, so the banner that replaces the timer takes the focus.
  const [finishedHere, setFinishedHere] = useState(false);
  const timebox = timeboxText(run.timeboxMinutes, run.content.template.body.timebox, sprint ? sprintWeeks(sprint) : null, t);
  const back = sprint ? paths.sprint(run.productId, sprint.id) : paths.delivery(run.productId);

  return (
    <div className={`page page--narrow ritual-run ritual-run--${run.kind}`}>
      <Link href={back}>{sprint ? t('rituals.run.backToSprint', { sprint: sprint.name }) : t('rituals.run.toDelivery')}</Link>
      <header className="ritual-run__header">
        {/* The kind, unless the template's name already says it ("Daily scrum"). */}
        {ritualKindLabel(run.kind, t).toLocaleLowerCase() !== runName(run).toLocaleLowerCase() && <p className="ritual-run__kind">{ritualKindLabel(run.kind, t)}</p>}
        <h1 className="ritual-run__title">
          {runName(run)}{' '}
          <span className="ritual-run__sprint">· {sprint ? sprint.name : t('rituals.run.noSprint')}</span>
        </h1>
        <p className="field__help">{t('rituals.run.startedOn', { date: dateTimeText(run.startedAt, language) })}</p>
      </header>
      {run.finishedAt === null ? (
        <RunningRun run={run} sprint={sprint} timebox={timebox} onFinished={() => setFinishedHere(true)} />
      ) : (
        <FinishedRun run={run} sprint={sprint} timebox={timebox} focusBanner={finishedHere} />
      )}
    </div>
  );
}

interface RunPartsProps {
  run: RitualRun;
  sprint: Sprint | null;
  values: RunValues;
  errors: Record<string, string | undefined>;
  readOnly: boolean;
  onAnswer?: (itemId: string, value: AnswerValue) => void;
  onNote?: (itemId: string, note: string) => void;
  onOutput?: (output: TextOutput, value: string) => void;
  onBlur?: () => void;
}

const nothing = () => undefined;

/**
 * The run's parts in the order they are run: a retrospective reviews earlier actions first; a
 * daily starts straight with its blockers and focus, the checklist on demand; other rituals go
 * through the checklist, then write down what they produced.
 */
function RunParts({ run, sprint, values, errors, readOnly, onAnswer = nothing, onNote = nothing, onOutput = nothing, onBlur = nothing }: RunPartsProps) {
  const { t } = useTranslation();
  const daily = run.kind === 'daily';
  const [checklistShown, setChecklistShown] = useState(!daily);
  const outputs = <RitualTextOutputs kind={run.kind} sprint={sprint} values={values} errors={errors} onChange={onOutput} onBlur={onBlur} readOnly={readOnly} />;
  const participants = <RitualParticipants run={run} readOnly={readOnly} />;
  return (
    <>
      {!daily && participants}
      {run.kind === 'retrospective' && <ActionReviewPanel run={run} />}
      {daily && outputs}
      {daily && participants}
      {daily && (
        <button type="button" className="button ritual-run__toggle" aria-expanded={checklistShown} onClick={() => setChecklistShown(!checklistShown)}>
          {checklistShown ? t('rituals.run.hideChecklist') : t('rituals.run.showChecklist')}
        </button>
      )}
      {checklistShown &&
        (readOnly ? (
          <RitualChecklistRead run={run} />
        ) : (
          <RitualChecklist run={run} answers={values.answers} notes={values.notes} errors={errors} onAnswer={onAnswer} onNote={onNote} onBlur={onBlur} />
        ))}
      {!daily && outputs}
      {run.kind === 'retrospective' && <ActionItemsPanel run={run} readOnly={readOnly} />}
    </>
  );
}

function RunningRun({ run, sprint, timebox, onFinished }: { run: RitualRun; sprint: Sprint | null; timebox: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const command = useCommand();
  const undoAction = useUndoAction();
  const draftKey = `ritual-run:${run.id}`;
  const { values, errors, state, change, save } = useRecordAutosave(draftKey, valuesOf(run), (_values, edits) => command(() => editRitualRun(run.id, patchOf(edits))), BY_ITEM);
  const onBlur = () => state === 'unsaved' && void save();

  const setOutput = (output: TextOutput, value: string) => {
    // A template field that holds this output gets the same text, so the snapshot stays whole.
    const itemId = outputItem(run, output);
    const answers = itemId ? { ...values.answers, [itemId]: value } : values.answers;
    change({ ...values, [output]: value, answers });
  };

  const finish = async () => {
    // What is still being typed is saved first: a finished run takes no more changes.
    if (state !== 'saved') await save();
    if (drafts.read(draftKey)) return;
    const result = await command(() => finishRitualRun(run.id));
    if (!result.ok) return;
    const message = t('rituals.run.finishedNotice', { name: runName(run) });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(run.productId) });
    onFinished();
  };

  return (
    <>
      <RitualTimer run={run} timebox={timebox} onFinish={() => void finish()} />
      <RunParts
        run={run}
        sprint={sprint}
        values={values}
        errors={errors}
        readOnly={false}
        onAnswer={(itemId, value) => change({ ...values, answers: { ...values.answers, [itemId]: value } })}
        onNote={(itemId, note) => change({ ...values, notes: { ...values.notes, [itemId]: note } })}
        onOutput={setOutput}
        onBlur={onBlur}
      />
      <p className={`autosave-state autosave-state--${state}`} role="status">
        {t(`rituals.run.${state}`)}
      </p>
    </>
  );
}

function FinishedRun({ run, sprint, timebox, focusBanner }: { run: RitualRun; sprint: Sprint | null; timebox: string; focusBanner: boolean }) {
  const { t, language } = useTranslation();
  const banner = useRef<HTMLParagraphElement>(null);
  const { done, total } = runCompletion(run);
  useEffect(() => {
    if (focusBanner) banner.current?.focus();
  }, [focusBanner]);
  return (
    <>
      <p className="ritual-run__banner" ref={banner} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('rituals.run.finishedBanner', {
          date: dateTimeText(run.finishedAt!, language),
          duration: formatDuration(run.elapsedMs, t),
          items: total === 0 ? t('rituals.history.noChecklist') : t('rituals.history.items', { done, total }),
        })}
        <span className="ritual-run__banner-note">{t('rituals.run.readOnly')}</span>
      </p>
      <p className="field__help">{timebox}</p>
      <RunParts run={run} sprint={sprint} values={valuesOf(run)} errors={{}} readOnly />
    </>
  );
}
