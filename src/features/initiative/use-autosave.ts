import { editInitiative } from '../../db/initiative-commands';
import { parseTags } from '../../domain/tags';
import type { Initiative } from '../../domain/types';
import type { InitiativeFieldValues } from '../../ui/initiative-fields';
import { useCommand } from '../../ui/use-command';
import { useRecordAutosave } from '../../ui/use-record-autosave';

export function fieldsOf(i: Initiative): InitiativeFieldValues {
  return { title: i.title, summary: i.summary, problem: i.problem, owner: i.owner, tags: i.tags.join(', '), segment: i.segment };
}

/** The initiative form's values, saved while the user types (only the fields typed here); drafts are kept under the initiative's id. */
export function useAutosave(initiative: Initiative) {
  const run = useCommand();
  return useRecordAutosave(initiative.id, fieldsOf(initiative), (_values, { tags, ...edits }) =>
    run(() => editInitiative(initiative.id, { ...edits, ...(tags !== undefined && { tags: parseTags(tags) }) })),
  );
}
