import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// From the file's path, not `new URL(…, import.meta.url)`: a test in a browser-like environment has the page's URL class.
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');

/** `npm run server` in a child process: a node of the team server as an operator runs it. */
export interface NodeProcess {
  readonly url: string;
  readonly output: string[];
  /** Sends `signal` and resolves with the exit code once the process ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function runMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a node on a free loopback port and resolves once it listens. */
export function spawnNode(env: Record<string, string>): Promise<NodeProcess> {
  const child = runMain({ HOST: '127.0.0.1', PORT: '0', ...env });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (!line.includes('"event":"listening"')) continue;
        const { url } = JSON.parse(line) as { url: string };
        resolve({
          url,
          output,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then((code) => reject(new Error(`the node exited (${code}) before listening:\n${output.join('\n')}`)));
  });
}
