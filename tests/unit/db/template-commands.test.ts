import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  importTemplate,
  saveTemplate,
  setDefaultTemplate,
} from '../../../src/db/template-commands';
import {
  customTemplates,
  defaultTemplate,
  findTemplate,
  libraryTemplates,
  templateForStart,
  templateVersions,
} from '../../../src/db/template-queries';
import { createProduct, deleteProduct } from '../../../src/db/product-commands';
import { redo, undo } from '../../../src/db/undo';
import { builtInTemplate, builtInTemplates, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { addItem, newItem, updateSection } from '../../../src/domain/templates/edit';
import { parseTemplateFile, templateToFile } from '../../../src/domain/templates/file-format';
import { instantiate } from '../../../src/domain/templates/instantiate';
import type { TemplateBody, TemplateDefinition } from '../../../src/domain/templates/types';
import { advance, expectCommandError, freshDb, liveCount, makeProduct, must, snapshot, T0 } from './helpers';

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Every row, the template tables included, to check that a refusal wrote nothing. */
async function everything() {
  return {
    ...(await snapshot()),
    templates: await db.templates.toArray(),
    templateVersions: await db.templateVersions.toArray(),
  };
}

function builtIn(key: keyof typeof BUILTIN_IDS, language: 'en' | 'fr' = 'en'): TemplateDefinition {
  return must(builtInTemplate(BUILTIN_IDS[key], language), key);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function simpleBody(title: string): TemplateBody {
  return {
    description: `About ${title}`,
    sections: [{ id: 's1', title, intro: '', items: [{ id: 'i1', kind: 'check', text: 'Done?' }] }],
    timebox: { kind: 'none' },
    outputs: [],
  };
}

describe('duplicateTemplate', () => {
  it('makes a custom copy of a built-in, version 1, based on it', async () => {
    const source = deepFreeze(builtIn('retroStartStopContinue'));
    const pristine = structuredClone(source);

    const copy = await duplicateTemplate(source, '  Our retro  ');
    expect(copy).toMatchObject({ family: 'retrospective', name: 'Our retro', version: 1, basedOn: source.id, createdAt: T0, updatedAt: T0, deletedAt: null });
    expect(copy.id).not.toBe(source.id);
    expect(copy.body).toEqual(source.body);

    const found = must(await findTemplate(copy.id, 'en'), 'template');
    expect(found).toEqual({ id: copy.id, family: 'retrospective', name: 'Our retro', builtIn: false, version: 1, body: source.body });
    expect(await db.templates.get(copy.id)).toEqual(copy);

    const versions = await templateVersions(copy.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ templateId: copy.id, version: 1, name: 'Our retro', body: source.body, createdAt: T0 });

    // The built-in stays as it was: the object given, and the library's.
    expect(source).toEqual(pristine);
    expect(builtIn('retroStartStopContinue')).toEqual(pristine);
    expect(await findTemplate(source.id, 'en')).toEqual(pristine);
  });

  it('copies the body: editing the copy leaves the built-in alone', async () => {
    const source = builtIn('planning');
    const copy = await duplicateTemplate(source, 'Planning v2');
    advance(5_000);
    await saveTemplate(copy.id, 'Planning v2', updateSection(copy.body, copy.body.sections[0]!.id, { title: 'Changed' }));
    expect(builtIn('planning')).toEqual(source);
    expect(must(await findTemplate(source.id, 'en')).body.sections[0]!.title).toBe(source.body.sections[0]!.title);
  });

  it('duplicates a custom template too', async () => {
    const first = await duplicateTemplate(builtIn('daily'), 'Daily A');
    const second = await duplicateTemplate(must(await findTemplate(first.id, 'en')), 'Daily B');
    expect(second.basedOn).toBe(first.id);
    expect(second.body).toEqual(first.body);
    expect(second.version).toBe(1);
  });

  it('refuses an empty name, writing nothing', async () => {
    const before = await everything();
    await expectCommandError(() => duplicateTemplate(builtIn('daily'), '   '), 'nameRequired');
    expect(await everything()).toEqual(before);
  });

  it('is undone in one step, version row included', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    await undo('');
    expect(await findTemplate(copy.id, 'en')).toBeNull();
    expect(await liveCount(db.templates)).toBe(0);
    expect(await db.templateVersions.count()).toBe(0);
    await redo('');
    expect(must(await findTemplate(copy.id, 'en')).name).toBe('Daily');
    expect(await templateVersions(copy.id)).toHaveLength(1);
  });
});

describe('saveTemplate', () => {
  it('makes a new version on every save and keeps every version, newest first', async () => {
    const copy = await duplicateTemplate(builtIn('review'), 'Review');
    advance(60_000);
    const bodyTwo = addItem(copy.body, copy.body.sections[0]!.id, { id: 'extra', kind: 'prompt', text: 'Demo first' });
    const two = await saveTemplate(copy.id, 'Review two', bodyTwo);
    expect(two).toMatchObject({ id: copy.id, version: 2, name: 'Review two', createdAt: T0, updatedAt: T0 + 60_000, basedOn: BUILTIN_IDS.review });
    advance(60_000);
    const bodyThree = simpleBody('Three');
    const three = await saveTemplate(copy.id, '  Review three ', bodyThree);
    expect(three).toMatchObject({ version: 3, name: 'Review three', createdAt: T0, updatedAt: T0 + 120_000 });

    expect(await findTemplate(copy.id, 'en')).toEqual({ id: copy.id, family: 'review', name: 'Review three', builtIn: false, version: 3, body: bodyThree });
    const versions = await templateVersions(copy.id);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions.map((v) => v.name)).toEqual(['Review three', 'Review two', 'Review']);
    expect(versions.map((v) => v.createdAt)).toEqual([T0 + 120_000, T0 + 60_000, T0]);
    expect(versions[0]!.body).toEqual(bodyThree);
    expect(versions[1]!.body).toEqual(bodyTwo);
    expect(versions[2]!.body).toEqual(builtIn('review').body);
    expect(new Set(versions.map((v) => v.id)).size).toBe(3);
    expect(await db.templates.count()).toBe(1);
  });

  it('bumps the version even when nothing changed', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    expect((await saveTemplate(copy.id, 'Daily', copy.body)).version).toBe(2);
    expect((await saveTemplate(copy.id, 'Daily', copy.body)).version).toBe(3);
  });

  it('lists only the versions of the template asked for', async () => {
    const a = await duplicateTemplate(builtIn('daily'), 'A');
    const b = await duplicateTemplate(builtIn('daily'), 'B');
    await saveTemplate(a.id, 'A', a.body);
    await saveTemplate(b.id, 'B', b.body);
    await saveTemplate(b.id, 'B', b.body);
    expect((await templateVersions(a.id)).map((v) => [v.templateId, v.version])).toEqual([
      [a.id, 2],
      [a.id, 1],
    ]);
    expect((await templateVersions(b.id)).map((v) => v.version)).toEqual([3, 2, 1]);
    expect(await templateVersions('unknown')).toEqual([]);
  });

  it('refuses an empty name, writing nothing', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    const before = await everything();
    await expectCommandError(() => saveTemplate(copy.id, '', copy.body), 'nameRequired');
    await expectCommandError(() => saveTemplate(copy.id, '  \t ', copy.body), 'nameRequired');
    expect(await everything()).toEqual(before);
  });

  it('refuses an invalid body, writing nothing', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    const before = await everything();
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', { ...copy.body, sections: [] }), 'templateInvalid');
    const badType = { ...simpleBody('X'), sections: [{ id: 's', title: 'S', intro: '', items: [{ id: 'f', kind: 'field', label: 'F', type: 'colour', help: '', options: [] }] }] };
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', badType as unknown as TemplateBody), 'templateInvalid');
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', { ...copy.body, extra: true } as unknown as TemplateBody), 'templateInvalid');
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', { ...copy.body, description: 'x'.repeat(20_000) }), 'templateInvalid');
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', { ...copy.body, timebox: { kind: 'fixed', minutes: 0 } }), 'templateInvalid');
    expect(await everything()).toEqual(before);
  });

  it('refuses to save a built-in, a deleted or an unknown template', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    await deleteTemplate(copy.id);
    const before = await everything();
    await expectCommandError(() => saveTemplate(copy.id, 'Daily', copy.body), 'templateMissing');
    await expectCommandError(() => saveTemplate(BUILTIN_IDS.daily, 'Daily', copy.body), 'templateMissing');
    await expectCommandError(() => saveTemplate('unknown', 'Daily', copy.body), 'templateMissing');
    expect(await everything()).toEqual(before);
  });

  it('undoes a save back to the previous version', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    await saveTemplate(copy.id, 'Daily 2', simpleBody('Two'));
    await undo('');
    expect(await findTemplate(copy.id, 'en')).toMatchObject({ name: 'Daily', version: 1, body: copy.body });
    expect((await templateVersions(copy.id)).map((v) => v.version)).toEqual([1]);
  });
});

describe('artefact snapshots', () => {
  it('keep the version they started from through later saves and a delete', async () => {
    const copy = await duplicateTemplate(builtIn('retro4L'), 'Retro');
    advance(1_000);
    const bodyTwo = addItem(copy.body, copy.body.sections[0]!.id, newItem('v2-check', 'check'));
    await saveTemplate(copy.id, 'Retro v2', { ...bodyTwo, description: 'Version two' });

    const content = instantiate(await templateForStart(copy.id, 'en'));
    const versionTwo = must((await templateVersions(copy.id)).find((v) => v.version === 2), 'version 2');
    expect(content.template).toMatchObject({ templateId: copy.id, templateVersion: 2, templateName: 'Retro v2', family: 'retrospective' });
    expect(content.template.body).toEqual(versionTwo.body);
    expect(content.checked).toHaveProperty('v2-check', false);
    const kept = structuredClone(content);

    advance(1_000);
    await saveTemplate(copy.id, 'Retro v3', simpleBody('Three'));
    expect(content).toEqual(kept);
    expect(content.template.body).toEqual(versionTwo.body);
    expect(must(await findTemplate(copy.id, 'en')).version).toBe(3);

    advance(1_000);
    await deleteTemplate(copy.id);
    expect(content).toEqual(kept);
    // The stored version 2 is still there and unchanged.
    const afterDelete = must((await templateVersions(copy.id)).find((v) => v.version === 2), 'version 2');
    expect(afterDelete).toEqual(versionTwo);
    expect(content.template.body).toEqual(afterDelete.body);
  });
});

describe('deleteTemplate', () => {
  it('tombstones the template; it can no longer be found, started or listed', async () => {
    const copy = await duplicateTemplate(builtIn('retroWentWell'), 'Went well');
    advance(1_000);
    const deleted = await deleteTemplate(copy.id);
    expect(deleted).toMatchObject({ id: copy.id, deletedAt: T0 + 1_000, updatedAt: T0 + 1_000, version: 1 });
    expect(await db.templates.get(copy.id)).toMatchObject({ deletedAt: T0 + 1_000 });
    expect(await templateVersions(copy.id)).toHaveLength(1);

    expect(await findTemplate(copy.id, 'en')).toBeNull();
    await expectCommandError(() => templateForStart(copy.id, 'en'), 'templateMissing');
    expect(await customTemplates()).toEqual([]);
    expect((await libraryTemplates('en')).map((t) => t.id)).not.toContain(copy.id);
    expect(await libraryTemplates('en')).toHaveLength(13);
  });

  it('is undone and redone', async () => {
    const copy = await duplicateTemplate(builtIn('retroWentWell'), 'Went well');
    advance(1_000);
    await deleteTemplate(copy.id);

    const undone = must(await undo(''), 'undone command');
    expect(undone.command).toBe('deleteTemplate');
    expect(undone.label).toBe('Went well');
    expect(await findTemplate(copy.id, 'en')).toEqual({ id: copy.id, family: 'retrospective', name: 'Went well', builtIn: false, version: 1, body: copy.body });
    expect(await db.templates.get(copy.id)).toEqual(copy);
    expect((await customTemplates()).map((t) => t.id)).toEqual([copy.id]);
    expect((await libraryTemplates('en')).map((t) => t.id)).toContain(copy.id);
    expect((await templateForStart(copy.id, 'en')).id).toBe(copy.id);

    const redone = must(await redo(''), 'redone command');
    expect(redone.command).toBe('deleteTemplate');
    expect(await findTemplate(copy.id, 'en')).toBeNull();
    expect(await customTemplates()).toEqual([]);
    await expectCommandError(() => templateForStart(copy.id, 'en'), 'templateMissing');
  });

  it('refuses a built-in, an unknown or an already deleted template, writing nothing', async () => {
    const copy = await duplicateTemplate(builtIn('daily'), 'Daily');
    await deleteTemplate(copy.id);
    const before = await everything();
    await expectCommandError(() => deleteTemplate(copy.id), 'templateMissing');
    await expectCommandError(() => deleteTemplate(BUILTIN_IDS.daily), 'templateMissing');
    await expectCommandError(() => deleteTemplate('unknown'), 'templateMissing');
    expect(await everything()).toEqual(before);
  });

  it('leaves built-ins startable', async () => {
    expect(await templateForStart(BUILTIN_IDS.daily, 'fr')).toEqual(builtIn('daily', 'fr'));
    await expectCommandError(() => templateForStart('unknown', 'en'), 'templateMissing');
  });
});

describe('importTemplate', () => {
  it('makes a new custom template from an exported file', async () => {
    const original = await duplicateTemplate(builtIn('hypothesis'), 'Our hypothesis');
    const edited = await saveTemplate(original.id, 'Our hypothesis', { ...original.body, description: 'Edited' });
    const parsed = parseTemplateFile(templateToFile(edited, new Date()));
    if (!parsed.ok) throw new Error(`export refused: ${parsed.error.code} ${parsed.error.path}`);

    advance(1_000);
    const imported = await importTemplate(parsed.template);
    expect(imported.id).not.toBe(original.id);
    expect(imported).toMatchObject({ family: 'hypothesis', name: 'Our hypothesis', version: 1, basedOn: null, deletedAt: null, createdAt: T0 + 1_000 });
    expect(imported.body).toEqual(edited.body);
    expect(await findTemplate(imported.id, 'en')).toMatchObject({ builtIn: false, version: 1, body: edited.body });
    expect((await templateVersions(imported.id)).map((v) => v.version)).toEqual([1]);
    // The original is untouched.
    expect(await findTemplate(original.id, 'en')).toMatchObject({ version: 2, body: edited.body });
    expect(await customTemplates()).toHaveLength(2);
  });

  it('imports a built-in export, and twice makes two templates', async () => {
    const parsed = parseTemplateFile(templateToFile(builtIn('definitionOfDone', 'fr'), new Date()));
    if (!parsed.ok) throw new Error('export refused');
    const one = await importTemplate(parsed.template);
    const two = await importTemplate(parsed.template);
    expect(one.id).not.toBe(two.id);
    expect(one.id.startsWith('builtin:')).toBe(false);
    expect(one.body).toEqual(builtIn('definitionOfDone', 'fr').body);
    expect(await customTemplates()).toHaveLength(2);
  });
});

describe('default templates', () => {
  it('uses the product default for a family, and falls back to the first built-in when it is deleted', async () => {
    const p = await makeProduct('P');
    const custom = await duplicateTemplate(builtIn('retro4L'), 'Our retro');

    const before = must(await db.products.get(p.productId), 'product');
    expect((await defaultTemplate(before, 'retrospective', 'en')).id).toBe(BUILTIN_IDS.retroStartStopContinue);

    advance(1_000);
    const updated = await setDefaultTemplate(p.productId, 'retrospective', custom.id);
    expect(updated.defaultTemplates).toEqual({ retrospective: custom.id });
    expect(updated.updatedAt).toBe(T0 + 1_000);
    const product = must(await db.products.get(p.productId), 'product');
    expect(product.defaultTemplates).toEqual({ retrospective: custom.id });
    expect(await defaultTemplate(product, 'retrospective', 'en')).toEqual({
      id: custom.id,
      family: 'retrospective',
      name: 'Our retro',
      builtIn: false,
      version: 1,
      body: custom.body,
    });
    // Other families keep their built-in.
    expect((await defaultTemplate(product, 'planning', 'en')).id).toBe(BUILTIN_IDS.planning);

    await deleteTemplate(custom.id);
    const fallback = await defaultTemplate(product, 'retrospective', 'en');
    expect(fallback).toEqual(builtIn('retroStartStopContinue'));
    expect(await defaultTemplate(product, 'retrospective', 'fr')).toEqual(builtIn('retroStartStopContinue', 'fr'));
  });

  it('falls back for a product without defaults, and for an unknown id', async () => {
    expect(await defaultTemplate({}, 'daily', 'en')).toEqual(builtIn('daily'));
    expect(await defaultTemplate({ defaultTemplates: { daily: 'unknown' } }, 'daily', 'en')).toEqual(builtIn('daily'));
    expect(await defaultTemplate({ defaultTemplates: { retrospective: BUILTIN_IDS.retroWentWell } }, 'retrospective', 'fr')).toEqual(
      builtIn('retroWentWell', 'fr'),
    );
  });

  it('removes the default with null, keeping the other families', async () => {
    const p = await makeProduct('P');
    const retro = await duplicateTemplate(builtIn('retro4L'), 'Retro');
    const daily = await duplicateTemplate(builtIn('daily'), 'Daily');
    await setDefaultTemplate(p.productId, 'retrospective', retro.id);
    await setDefaultTemplate(p.productId, 'daily', daily.id);

    const cleared = await setDefaultTemplate(p.productId, 'retrospective', null);
    expect(cleared.defaultTemplates).toEqual({ daily: daily.id });
    const product = must(await db.products.get(p.productId), 'product');
    expect(product.defaultTemplates).not.toHaveProperty('retrospective');
    expect(product.defaultTemplates).toEqual({ daily: daily.id });
    expect((await defaultTemplate(product, 'retrospective', 'en')).id).toBe(BUILTIN_IDS.retroStartStopContinue);
    expect((await defaultTemplate(product, 'daily', 'en')).id).toBe(daily.id);

    // Clearing a family that has no default is harmless.
    const again = await setDefaultTemplate(p.productId, 'review', null);
    expect(again.defaultTemplates).toEqual({ daily: daily.id });
  });

  it('is undone with the product', async () => {
    const p = await makeProduct('P');
    const retro = await duplicateTemplate(builtIn('retro4L'), 'Retro');
    await setDefaultTemplate(p.productId, 'retrospective', retro.id);
    const undone = must(await undo(p.productId), 'undone command');
    expect(undone.command).toBe('setDefaultTemplate');
    const product = must(await db.products.get(p.productId), 'product');
    expect(product.defaultTemplates?.retrospective).toBeUndefined();
    // The template itself belongs to no product: its creation is still there.
    expect(await findTemplate(retro.id, 'en')).not.toBeNull();
  });

  it('refuses a missing or deleted product, writing nothing', async () => {
    const p = await makeProduct('P');
    const retro = await duplicateTemplate(builtIn('retro4L'), 'Retro');
    await deleteProduct(p.productId);
    const before = await everything();
    await expectCommandError(() => setDefaultTemplate('unknown', 'retrospective', retro.id), 'productMissing');
    await expectCommandError(() => setDefaultTemplate(p.productId, 'retrospective', retro.id), 'productMissing');
    await expectCommandError(() => setDefaultTemplate(p.productId, 'retrospective', null), 'productMissing');
    expect(await everything()).toEqual(before);
  });
});

describe('the library', () => {
  it('lists the 13 built-ins in French first, then the team’s templates by name', async () => {
    for (const name of ['Charlie', 'alpha', 'Écho', 'Bravo', 'delta']) {
      await createTemplate('review', name, simpleBody(name));
      advance(1_000);
    }
    const gone = await duplicateTemplate(builtIn('daily', 'fr'), 'Aaa supprimé');
    await deleteTemplate(gone.id);

    const library = await libraryTemplates('fr');
    expect(library).toHaveLength(18);
    expect(library.slice(0, 13)).toEqual(builtInTemplates('fr'));
    expect(library.slice(0, 13).map((t) => t.id)).toEqual(Object.values(BUILTIN_IDS));
    expect(library.slice(0, 13).every((t) => t.builtIn)).toBe(true);
    expect(library.find((t) => t.id === BUILTIN_IDS.refinement)!.name).toBe('Affinage du backlog');
    expect(library.slice(13).map((t) => t.name)).toEqual(['alpha', 'Bravo', 'Charlie', 'delta', 'Écho']);
    expect(library.slice(13).every((t) => !t.builtIn && t.version === 1)).toBe(true);
    expect((await customTemplates()).map((t) => t.name)).toEqual(['alpha', 'Bravo', 'Charlie', 'delta', 'Écho']);
  });

  it('lists the built-ins alone on a fresh database, in the language asked for', async () => {
    expect(await libraryTemplates('en')).toEqual(builtInTemplates('en'));
    expect(await libraryTemplates('fr')).toEqual(builtInTemplates('fr'));
    expect(await customTemplates()).toEqual([]);
  });

  it('finds a built-in in the language asked for', async () => {
    expect(await findTemplate(BUILTIN_IDS.refinement, 'fr')).toEqual(builtIn('refinement', 'fr'));
    expect(await findTemplate(BUILTIN_IDS.refinement, 'en')).toEqual(builtIn('refinement', 'en'));
    expect(await findTemplate('unknown', 'en')).toBeNull();
  });
});

describe('createTemplate', () => {
  it('makes a template from scratch, version 1, based on nothing', async () => {
    const body = simpleBody('Fresh');
    const made = await createTemplate('definitionOfReady', 'Ready', body);
    expect(made).toMatchObject({ family: 'definitionOfReady', name: 'Ready', version: 1, basedOn: null });
    expect(await findTemplate(made.id, 'en')).toEqual({ id: made.id, family: 'definitionOfReady', name: 'Ready', builtIn: false, version: 1, body });
  });

  it('refuses an invalid body or name, writing nothing', async () => {
    const before = await everything();
    await expectCommandError(() => createTemplate('review', 'R', { ...simpleBody('R'), sections: [] }), 'templateInvalid');
    await expectCommandError(() => createTemplate('review', ' ', simpleBody('R')), 'nameRequired');
    await expectCommandError(() => createTemplate('review', 'x'.repeat(201), simpleBody('R')), 'titleTooLong');
    expect(await everything()).toEqual(before);
  });
});

describe('fixes for what the first test pass found', () => {
  it('refuses a body whose ids repeat, as the file import does', async () => {
    await freshDb();
    const body = { description: '', timebox: { kind: 'none' as const }, outputs: [], sections: [{ id: 'x', title: 'S', intro: '', items: [{ id: 'x', kind: 'check' as const, text: 'a' }] }] };
    await expectCommandError(() => createTemplate('review', 'Dup', body), 'templateInvalid');
  });

  it('refuses a default that does not exist or belongs to another family', async () => {
    await freshDb();
    const product = await createProduct('P');
    await expectCommandError(() => setDefaultTemplate(product.id, 'retrospective', 'builtin:sprint-review'), 'templateMissing');
    await expectCommandError(() => setDefaultTemplate(product.id, 'retrospective', 'nope'), 'templateMissing');
    await setDefaultTemplate(product.id, 'retrospective', 'builtin:retro-4l');
  });
});
