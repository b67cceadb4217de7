export type LogLevel = 'info' | 'warn' | 'error';

/** What the server tells its operator: an event name and a few fields, never a token or a secret. */
export type Logger = (level: LogLevel, event: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line, on stdout for information and stderr for warnings and errors. */
export const jsonLogger: Logger = (level, event, fields = {}) => {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
};

export const silentLogger: Logger = () => {};

/** The message of anything thrown, for a log line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
