import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { loadBuiltIns } from '../../src/domain/templates/builtins';
import { loadMessages } from '../../src/i18n/i18n';
import type { Section } from '../../src/i18n/messages';
import { SECTION_LOADERS } from '../../src/i18n/sections';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait for what the user would see; on a busy 2-core machine a whole screen
// reading IndexedDB can take seconds to show it, far past the library's default of one second.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no modal dialogs; the app only needs showModal/close to toggle `open`.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
}

afterEach(() => cleanup());

// Built-in template texts load per language on demand in the app; tests read both synchronously.
await loadBuiltIns('en');
await loadBuiltIns('fr');

// Screens load their message sections with their code in the app; component tests render them directly.
await loadMessages(...(Object.keys(SECTION_LOADERS) as Section[]));
