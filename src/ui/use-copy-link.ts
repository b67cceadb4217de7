import { useRef, useState } from 'react';
import { announce } from './announcer';

/**
 * Copies a link shown in a read-only field: says so (`copiedMessage`, to screen readers; the
 * caller shows it), or, where the browser refuses the clipboard, selects the field's text for the
 * person to copy by hand. `copied` is null until tried.
 */
export function useCopyLink(url: string, copiedMessage: string) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      announce(copiedMessage);
    } catch {
      setCopied(false);
      input.current?.focus();
      input.current?.select();
    }
  };
  return { input, copied, copy };
}
