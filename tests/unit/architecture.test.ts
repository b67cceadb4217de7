import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own eslint.config.js, run on probe sources placed (virtually) in each layer:
// a rule of docs/architecture.md holds only while a forbidden import fails lint. The probes import small modules:
// no-cycle walks everything an import reaches, and a screen reaches most of the app.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });

/** The architecture rules' messages for a file at `filePath` that imports `specifier`. */
async function violations(filePath: string, specifier: string, rule = 'import-x/no-restricted-paths') {
  const code = `import * as probe from '${specifier}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule);
}

const forbidden: [layer: string, filePath: string, specifier: string][] = [
  ['a feature, another feature as a sibling', 'src/features/templates/probe.ts', '../board/geometry'],
  ['a feature, another feature through features/', 'src/features/templates/probe.ts', '../../features/board/geometry'],
  ['a feature, another feature from the root', 'src/features/templates/probe.ts', '../../../src/features/board/geometry'],
  ['a feature, another feature from a subfolder', 'src/features/templates/parts/probe.ts', '../../board/geometry'],
  ['a feature, the app shell', 'src/features/board/probe.ts', '../../app/use-theme'],
  ['db, ui', 'src/db/probe.ts', '../ui/paths'],
  ['db, a feature', 'src/db/probe.ts', '../features/board/geometry'],
  ['db, React', 'src/db/probe.ts', 'react'],
  ['db, React hooks for Dexie', 'src/db/probe.ts', 'dexie-react-hooks'],
  ['domain, db', 'src/domain/probe.ts', '../db/db'],
  ['domain, ui', 'src/domain/strategy/probe.ts', '../../ui/paths'],
  ['domain, i18n', 'src/domain/probe.ts', '../i18n/messages'],
  ['domain, React', 'src/domain/probe.ts', 'react'],
  ['domain, Dexie', 'src/domain/probe.ts', 'dexie'],
  ['ui, a feature', 'src/ui/probe.tsx', '../features/board/geometry'],
  ['i18n, db', 'src/i18n/probe.ts', '../db/db'],
  ['i18n, ui', 'src/i18n/probe.ts', '../ui/paths'],
  ['i18n, a feature', 'src/i18n/probe.ts', '../features/board/geometry'],
];

const allowed: [layer: string, filePath: string, specifier: string][] = [
  ['a feature, its own files', 'src/features/board/probe.ts', './geometry'],
  ['a feature, domain', 'src/features/board/probe.ts', '../../domain/lanes'],
  ['a feature, db', 'src/features/board/probe.ts', '../../db/db'],
  ['a feature, ui', 'src/features/board/probe.ts', '../../ui/paths'],
  ['a feature, i18n', 'src/features/board/probe.ts', '../../i18n/messages'],
  ['a feature, React', 'src/features/board/probe.ts', 'react'],
  ['the app, a feature', 'src/app/probe.tsx', '../features/board/geometry'],
  ['ui, db', 'src/ui/probe.tsx', '../db/db'],
  ['db, domain', 'src/db/probe.ts', '../domain/lanes'],
  ['db, Dexie', 'src/db/probe.ts', 'dexie'],
  ['domain, domain', 'src/domain/probe.ts', './lanes'],
  ['domain, a pure library', 'src/domain/probe.ts', 'zod/mini'],
  ['i18n, domain', 'src/i18n/probe.ts', '../domain/lanes'],
];

describe('the layers of docs/architecture.md', () => {
  // The first lint loads the config and its plugins: seconds on a busy machine, once for all the probes.
  beforeAll(() => violations('src/domain/probe.ts', './lanes'), 60_000);

  it.each(forbidden)('refuses %s', async (_layer, filePath, specifier) => {
    const messages = await violations(filePath, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.severity).toBe(2);
  });

  it.each(allowed)('allows %s', async (_layer, filePath, specifier) => {
    expect(await violations(filePath, specifier)).toEqual([]);
  });

  it('refuses a dynamic import of another feature', async () => {
    const code = "export const screen = () => import('../board/geometry');\n";
    const [result] = await eslint.lintText(code, { filePath: 'src/features/templates/probe.ts' });
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses an import cycle', async () => {
    // The import mapping uses the ranking: the ranking importing it back would close a cycle.
    expect(await violations('src/domain/ranking.ts', './import/mapping', 'import-x/no-cycle')).toHaveLength(1);
    expect(await violations('src/domain/probe.ts', './import/mapping', 'import-x/no-cycle')).toEqual([]);
  });
});
