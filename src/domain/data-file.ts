/**
 * Reads a JSON data file shipped with the app (a `?data` import: see vite.config.ts). The files
 * are the app's own, built from typed modules, so their type is the module's.
 */
export async function fetchData<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The data file ${url} did not load (${response.status}).`);
  return (await response.json()) as T;
}
