import { nameSchema } from '../domain/validation';
import { CommandError } from './command';

/** A product or stage name, trimmed; refused with an i18n error code when empty or too long. */
export function validName(name: string): string {
  const parsed = nameSchema.safeParse(name);
  if (!parsed.success) throw new CommandError(parsed.error.issues[0]!.message.replace(/^errors\./, ''));
  return parsed.data;
}
