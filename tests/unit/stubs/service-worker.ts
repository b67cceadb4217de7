import { vi } from 'vitest';
import type { RegisterOptions } from '../../../src/app/service-worker';

/**
 * Stands in for src/app/service-worker.ts (no service worker in jsdom): a test reads the options
 * the app registered with and calls their callbacks.
 */
export const registrations: RegisterOptions[] = [];
export const switchToNewVersion = vi.fn();

export function registerServiceWorker(options: RegisterOptions) {
  registrations.push(options);
  return switchToNewVersion;
}
