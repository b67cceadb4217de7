import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { vi } from 'vitest';

/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register` (aliased in vitest.config.ts): no service
 * worker in jsdom. A test reads the options the app registered with and calls their callbacks.
 */
export const registrations: RegisterSWOptions[] = [];
export const updateServiceWorker = vi.fn(async (_reloadPage?: boolean) => {});

export function registerSW(options: RegisterSWOptions = {}) {
  registrations.push(options);
  return updateServiceWorker;
}
