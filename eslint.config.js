import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

// Zones are paths from the project's root, wherever eslint is started from (the architecture test runs it from its own process).
const root = dirname(fileURLToPath(import.meta.url));
const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const react = ['node_modules/react', 'node_modules/react-dom', 'node_modules/dexie-react-hooks'];

// The layers of docs/architecture.md: app composes features; a feature uses domain, db, ui, i18n and its own files;
// ui and i18n never reach up into features; db knows no UI; domain is pure.
const layerZones = [
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'A feature never reaches into another feature: share through ui/, domain/ or db/.',
  })),
  { target: 'src/features', from: 'src/app', message: 'app/ composes the features, not the other way round.' },
  { target: 'src/ui', from: ['src/features', 'src/app'], message: 'ui/ is shared by the features: it imports none of them.' },
  { target: 'src/i18n', from: ['src/features', 'src/app', 'src/db', 'src/ui'], message: 'i18n/ holds messages only.' },
  { target: 'src/db', from: ['src/features', 'src/app', 'src/ui', 'src/sync', ...react], message: 'db/ knows nothing of the UI.' },
  { target: 'src/sync', from: ['src/features', 'src/app', 'src/ui', ...react], message: 'sync/ knows nothing of the UI: the app starts it, screens read Dexie.' },
  {
    target: 'src/domain',
    from: ['src/features', 'src/app', 'src/ui', 'src/db', 'src/i18n', 'node_modules/dexie', ...react],
    message: 'domain/ is pure: no React, no Dexie, no db/, ui/ or i18n/.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'dev-dist', 'node_modules', 'tests/bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Only used inside modal dialogs, where the HTML dialog focusing steps honour autofocus.
      'jsx-a11y/no-autofocus': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js', 'vite.config.ts', 'vitest.config.ts', 'tests/e2e/**', 'tests/bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
