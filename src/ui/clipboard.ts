import { showNotice } from './notices';

/** Puts text on the clipboard and says so; or says the browser refused, as it may without permission. */
export async function copyText(text: string, messages: { copied: string; failed: string }): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showNotice({ kind: 'info', message: messages.copied });
  } catch {
    showNotice({ kind: 'error', message: messages.failed });
  }
}
