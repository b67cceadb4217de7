import * as z from 'zod/mini';
import { parseSafeJson } from '../safe-json';
import { FIELD_TYPES, TEMPLATE_FAMILIES, type TemplateBody, type TemplateFamily } from './types';

export const TEMPLATE_FILE_FORMAT = 'product-lifecycle-board/template';
export const TEMPLATE_FILE_VERSION = 1;
const MAX_TEXT = 10_000;
const MAX_SHORT = 300;

const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const id = z.string().check(z.minLength(1), z.maxLength(100));

const item = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('prompt'), text: text() }),
  z.strictObject({ id, kind: z.literal('check'), text: text() }),
  z.strictObject({
    id,
    kind: z.literal('field'),
    label: text(MAX_SHORT),
    type: z.enum(FIELD_TYPES),
    help: text(),
    options: z.array(text(MAX_SHORT)).check(z.maxLength(50)),
  }),
]);

const section = z.strictObject({ id, title: text(MAX_SHORT), intro: text(), items: z.array(item).check(z.maxLength(200)) });

const timebox = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scaled'), oneMonthMinutes: z.number().check(z.int(), z.positive(), z.maximum(24 * 60)) }),
  z.strictObject({ kind: z.literal('fixed'), minutes: z.number().check(z.int(), z.positive(), z.maximum(24 * 60)) }),
  z.strictObject({ kind: z.literal('none') }),
]);

export const templateBodySchema = z.strictObject({
  description: text(),
  sections: z.array(section).check(z.minLength(1), z.maxLength(50)),
  timebox,
  outputs: z.array(text(MAX_SHORT)).check(z.maxLength(20)),
});

const templateFileSchema = z.strictObject({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  formatVersion: z.literal(TEMPLATE_FILE_VERSION),
  exportedAt: z.string().check(z.maxLength(40)),
  template: z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    family: z.enum(TEMPLATE_FAMILIES),
    version: z.number().check(z.int(), z.positive()),
    body: templateBodySchema,
  }),
});

export interface TemplateFileContent {
  name: string;
  family: TemplateFamily;
  version: number;
  body: TemplateBody;
}

/** Why a file was refused: an i18n code, and where in the file (a path like "template.body.sections.2.items.0.type"). */
export type TemplateFileError = { code: 'tooLarge' | 'notJson' | 'tooDeep' | 'wrongFormat' | 'invalid' | 'duplicateIds'; path: string };

export function templateToFile(template: TemplateFileContent, now: Date): string {
  const file = {
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: TEMPLATE_FILE_VERSION,
    exportedAt: now.toISOString(),
    template: { name: template.name, family: template.family, version: template.version, body: template.body },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Item and section ids must be unique in a template: answers are stored by them. Returns where one repeats. */
export function duplicateIdPath(body: TemplateBody): string | null {
  const seen = new Set<string>();
  for (const [s, sec] of body.sections.entries()) {
    for (const [i, it] of [sec, ...sec.items].entries()) {
      if (seen.has(it.id)) return i === 0 ? `template.body.sections.${s}.id` : `template.body.sections.${s}.items.${i - 1}.id`;
      seen.add(it.id);
    }
  }
  return null;
}

/** Reads a template file; anything damaged, hostile or of another format is refused with the reason. */
export function parseTemplateFile(textContent: string): { ok: true; template: TemplateFileContent } | { ok: false; error: TemplateFileError } {
  const json = parseSafeJson(textContent, 1024 * 1024);
  if (!json.ok) return { ok: false, error: { code: json.error, path: '' } };
  const value = json.value as { format?: unknown } | null;
  if (!value || typeof value !== 'object' || value.format !== TEMPLATE_FILE_FORMAT) return { ok: false, error: { code: 'wrongFormat', path: 'format' } };
  const parsed = templateFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: { code: 'invalid', path: issue.path.join('.') } };
  }
  const duplicate = duplicateIdPath(parsed.data.template.body as TemplateBody);
  if (duplicate) return { ok: false, error: { code: 'duplicateIds', path: duplicate } };
  return { ok: true, template: parsed.data.template as TemplateFileContent };
}
