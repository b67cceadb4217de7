import type { FieldErrors } from '../domain/discovery/fields';
import { ValidationError } from './command';

/** Throws the field errors, if any, as one ValidationError. */
export function refuseInvalid(errors: FieldErrors) {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/** Only the fields whose value differs from the record's, so a save that changes nothing writes nothing. */
export function changedFields<T extends object>(record: T, patch: Partial<T>): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    if (JSON.stringify(record[key]) !== JSON.stringify(patch[key])) changed[key] = patch[key];
  }
  return changed;
}
