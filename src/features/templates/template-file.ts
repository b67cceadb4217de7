import { parseTemplateFile, templateToFile, type TemplateFileError } from '../../domain/templates/file-format';
import type { TemplateDefinition } from '../../domain/templates/types';
import { t } from '../../i18n/i18n';
import { downloadText, fileSlug } from '../../ui/download';

/** Saves a template as a JSON file through the browser's download. */
export function downloadTemplate(template: TemplateDefinition) {
  downloadText(templateToFile(template, new Date()), `${fileSlug(template.name, 'template')}.template.json`, 'application/json');
}

export function importErrorMessage(error: TemplateFileError | { code: 'unreadable'; path: string }): string {
  return t(`templates.importErrors.${error.code}`, { path: error.path });
}

/** Reads a chosen file; the result says what is wrong when it is not a template. */
export async function readTemplateFile(file: File) {
  let text: string;
  try {
    if (file.size > 1024 * 1024) return { ok: false as const, error: { code: 'tooLarge' as const, path: '' } };
    text = await file.text();
  } catch {
    return { ok: false as const, error: { code: 'unreadable' as const, path: '' } };
  }
  return parseTemplateFile(text);
}
