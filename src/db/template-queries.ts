import { builtInTemplate, builtInTemplates, loadBuiltIns } from '../domain/templates/builtins';
import type { StoredTemplate, TemplateDefinition, TemplateFamily, TemplateVersion } from '../domain/templates/types';
import type { Product } from '../domain/types';
import { CommandError } from './command';
import { db } from './db';

export type TemplateLanguage = 'en' | 'fr';

export function storedToDefinition(t: StoredTemplate): TemplateDefinition {
  return { id: t.id, family: t.family, name: t.name, builtIn: false, version: t.version, body: t.body };
}

export async function customTemplates(): Promise<StoredTemplate[]> {
  const all = await db.templates.toArray();
  return all.filter((t) => t.deletedAt === null).sort((a, b) => a.name.localeCompare(b.name));
}

/** The whole library in the UI language: built-ins first, then the team's own. */
export async function libraryTemplates(language: TemplateLanguage): Promise<TemplateDefinition[]> {
  // Database reads first: live queries only track what they read before awaiting anything else.
  const custom = await customTemplates();
  await loadBuiltIns(language);
  return [...builtInTemplates(language), ...custom.map(storedToDefinition)];
}

/** A template by id, or null when it does not exist or was deleted. */
export async function findTemplate(id: string, language: TemplateLanguage): Promise<TemplateDefinition | null> {
  const stored = await db.templates.get(id);
  await loadBuiltIns(language);
  const builtIn = builtInTemplate(id, language);
  if (builtIn) return builtIn;
  return stored && stored.deletedAt === null ? storedToDefinition(stored) : null;
}

/** The template to start an artefact from: a deleted one starts nothing. */
export async function templateForStart(id: string, language: TemplateLanguage): Promise<TemplateDefinition> {
  const template = await findTemplate(id, language);
  if (!template) throw new CommandError('templateMissing');
  return template;
}

/** The product's default for a family, falling back to the first built-in when unset or deleted. */
export async function defaultTemplate(product: Pick<Product, 'defaultTemplates'>, family: TemplateFamily, language: TemplateLanguage): Promise<TemplateDefinition> {
  const chosen = product.defaultTemplates?.[family];
  const found = chosen ? await findTemplate(chosen, language) : null;
  await loadBuiltIns(language);
  return found ?? builtInTemplates(language).find((t) => t.family === family)!;
}

export function templateVersions(templateId: string): Promise<TemplateVersion[]> {
  return db.templateVersions.where('[templateId+version]').between([templateId, 0], [templateId, Infinity]).reverse().toArray();
}
