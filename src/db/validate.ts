import type { InitiativeDraft } from '../domain/types';
import { CommandError, ValidationError } from './command';

// The schemas (and zod) load on the first save, keeping them out of the first paint's JavaScript.
const schemas = () => import('../domain/validation');

/** A product or stage name, trimmed; refused with an i18n error code when empty or too long. */
export async function validName(name: string): Promise<string> {
  const { nameSchema } = await schemas();
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) throw new CommandError(parsed.error.issues[0]!.message.replace(/^errors\./, ''));
  return parsed.data;
}

/** The fields of an initiative as they will be stored, or a ValidationError naming each bad field. */
export async function validInitiativeFields(draft: InitiativeDraft): Promise<Required<InitiativeDraft>> {
  const { fieldErrors, initiativeFieldsSchema } = await schemas();
  const parsed = initiativeFieldsSchema.safeParse({
    title: draft.title,
    summary: draft.summary ?? '',
    problem: draft.problem ?? '',
    owner: draft.owner ?? '',
    tags: draft.tags ?? [],
    segment: draft.segment ?? '',
  });
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data as Required<InitiativeDraft>;
}
