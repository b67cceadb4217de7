import { builtInFamily } from '../domain/templates/builtins';
import type { TemplateFileContent } from '../domain/templates/file-format';
import type { StoredTemplate, TemplateBody, TemplateDefinition, TemplateFamily, TemplateVersion } from '../domain/templates/types';
import type { Product } from '../domain/types';
import { CommandError, newId, runCommand, type Writer } from './command';
import { requireLive } from './command-guards';
import { validName } from './validate';

// The body schema (and zod) loads with the first save, like the other validation.
const fileFormat = () => import('../domain/templates/file-format');

async function validBody(body: TemplateBody): Promise<TemplateBody> {
  const { templateBodySchema, duplicateIdPath } = await fileFormat();
  const parsed = templateBodySchema.safeParse(body);
  if (!parsed.success || duplicateIdPath(parsed.data as TemplateBody)) throw new CommandError('templateInvalid');
  return parsed.data as TemplateBody;
}

async function liveTemplate(w: Writer, id: string): Promise<StoredTemplate> {
  const template = await requireLive('templates', id, 'templateMissing');
  w.scope('', template.name);
  return template;
}

/** Writes a template's current state and keeps that version for good. */
async function putWithVersion(w: Writer, template: StoredTemplate) {
  await w.put('templates', template);
  const version: TemplateVersion = {
    id: newId(),
    templateId: template.id,
    version: template.version,
    name: template.name,
    body: template.body,
    createdAt: template.updatedAt,
  };
  await w.put('templateVersions', version);
  return template;
}

async function addTemplate(command: string, family: TemplateFamily, name: string, body: TemplateBody, basedOn: string | null) {
  const validNameValue = await validName(name);
  const validBodyValue = await validBody(body);
  return runCommand(command, async (w) => {
    w.scope('', validNameValue);
    const now = Date.now();
    return putWithVersion(w, {
      id: newId(),
      family,
      name: validNameValue,
      version: 1,
      body: validBodyValue,
      basedOn,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
  });
}

/** A team's copy of any template (built-ins are read-only: this is how a team adapts one). */
export function duplicateTemplate(source: TemplateDefinition, name: string): Promise<StoredTemplate> {
  return addTemplate('duplicateTemplate', source.family, name, structuredClone(source.body), source.id);
}

export function createTemplate(family: TemplateFamily, name: string, body: TemplateBody): Promise<StoredTemplate> {
  return addTemplate('createTemplate', family, name, body, null);
}

export function importTemplate(content: TemplateFileContent): Promise<StoredTemplate> {
  return addTemplate('importTemplate', content.family, content.name, content.body, null);
}

/** Every save is a new version; artefacts keep the version they started from, so nothing past changes. */
export async function saveTemplate(id: string, name: string, body: TemplateBody): Promise<StoredTemplate> {
  const validNameValue = await validName(name);
  const validBodyValue = await validBody(body);
  return runCommand('saveTemplate', async (w) => {
    const template = await liveTemplate(w, id);
    return putWithVersion(w, { ...template, name: validNameValue, body: validBodyValue, version: template.version + 1, updatedAt: Date.now() });
  });
}

export function deleteTemplate(id: string): Promise<StoredTemplate> {
  return runCommand('deleteTemplate', async (w) => {
    await liveTemplate(w, id);
    const now = Date.now();
    return w.update('templates', id, { deletedAt: now, updatedAt: now });
  });
}

/** The template a product starts a family's artefacts from; null goes back to the built-in. */
export function setDefaultTemplate(productId: string, family: TemplateFamily, templateId: string | null): Promise<Product> {
  return runCommand('setDefaultTemplate', async (w) => {
    const product = await requireLive('products', productId, 'productMissing');
    if (templateId) {
      const stored = builtInFamily(templateId) ? null : await w.get('templates', templateId);
      const chosenFamily = builtInFamily(templateId) ?? (stored && stored.deletedAt === null ? stored.family : undefined);
      if (chosenFamily !== family) throw new CommandError('templateMissing');
    }
    w.scope(productId, product.name);
    const defaults = { ...product.defaultTemplates };
    if (templateId) defaults[family] = templateId;
    else delete defaults[family];
    return w.update('products', productId, { defaultTemplates: defaults, updatedAt: Date.now() });
  });
}
