import { BACKUP_MAX_BYTES, backupToText, type BackupFile } from '../../domain/backup/format';
import type { ParsedBackup } from '../../domain/backup/parse';
import { toLocalDate } from '../../domain/delivery/dates';
import { downloadText, fileSlug } from '../../ui/download';

/** lifecycle-board-2026-11-21.json for everything, lifecycle-<product>-2026-11-21.json for one product. */
export function backupFileName(file: BackupFile): string {
  const day = toLocalDate(Date.parse(file.exportedAt));
  return file.scope.kind === 'all' ? `lifecycle-board-${day}.json` : `lifecycle-${fileSlug(file.scope.productName, 'product')}-${day}.json`;
}

/** Saves a backup through the browser's download; returns the file name. */
export function downloadBackup(file: BackupFile): string {
  const name = backupFileName(file);
  downloadText(backupToText(file), name, 'application/json');
  return name;
}

/**
 * Reads a chosen file as a backup. The size is checked before reading it; the reader (and zod
 * with it) loads with the first file chosen, not with the page.
 */
export async function readBackupFile(file: File): Promise<ParsedBackup> {
  if (file.size > BACKUP_MAX_BYTES) return { ok: false, problem: { code: 'tooLarge' } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  const { parseBackup } = await import('../../domain/backup/parse');
  return parseBackup(text);
}
