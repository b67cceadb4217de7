// `npm run server`: one node of the team server, configured from the environment (docs/server.md).
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ConfigError, readConfig, type ServerConfig } from './config.ts';
import { errorText, jsonLogger as log } from './log.ts';

let config: ServerConfig;
try {
  config = readConfig(process.env, process.cwd());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

if (!existsSync(join(config.distDir, 'index.html'))) {
  process.stderr.write(`No production build in ${relative(process.cwd(), config.distDir) || '.'}${sep}: run npm run build first\n`);
  process.exit(1);
}

// Hostile input must not end the process: a promise a library left unhandled is logged instead.
process.on('unhandledRejection', (reason) => log('error', 'unhandled-rejection', { error: errorText(reason) }));

// Loaded only now: a wrong setting or a missing build is reported without loading the server.
const { startTeamServer } = await import('./team-server.ts');
const server = await startTeamServer(config, { log });
log('info', 'listening', {
  url: server.url,
  database: config.databaseUrl ? 'postgres' : join(config.dataDir, 'team.sqlite'),
  cluster: Boolean(config.redisUrl),
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  log('info', 'stopping', { signal });
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log('error', 'stop-failed', { error: errorText(error) });
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
