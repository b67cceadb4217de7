import { editSprint } from '../../db/sprint-commands';
import type { Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { TextField } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';

/** The sprint goal: edited and saved as the user types while the sprint is open, read-only once closed. */
export function SprintGoal({ sprint }: { sprint: Sprint }) {
  const { t } = useTranslation();
  if (sprint.status === 'closed') {
    return (
      <div className="sprint-goal">
        <h2 className="sprint-goal__label">{t('sprints.view.goal')}</h2>
        <p>{sprint.goal || <span className="empty">{t('sprints.noGoal')}</span>}</p>
      </div>
    );
  }
  return <GoalEditor sprint={sprint} />;
}

function GoalEditor({ sprint }: { sprint: Sprint }) {
  const { t } = useTranslation();
  const run = useCommand();
  const { values, errors, state, change, save } = useRecordAutosave(`sprint-goal:${sprint.id}`, { goal: sprint.goal }, (_values, edits) => run(() => editSprint(sprint.id, edits)));
  return (
    <div className="sprint-goal">
      <TextField
        label={t('sprints.view.goal')}
        help={t('sprints.new.goalHelp')}
        value={values.goal}
        onChange={(goal) => change({ goal })}
        onBlur={() => state === 'unsaved' && void save()}
        error={errors.goal}
        rows={2}
      />
      <p className={`sprint-goal__state sprint-goal__state--${state}`} role="status">
        {t(`sprints.view.${state}`)}
      </p>
    </div>
  );
}
