// `npm start` / `npm run server`: runs the reference endpoint until SIGINT or SIGTERM.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './app.mjs';

const usage =
  'Usage: node server/cli.mjs [--port 8080] [--host 127.0.0.1] [--db .data/homework.sqlite | :memory:]\n' +
  '                            [--static] [--faults] [--token T]';

/** @type {ReturnType<typeof parseArgs>['values']} */
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: ':memory:' },
      static: { type: 'boolean', default: false },
      faults: { type: 'boolean', default: false },
      token: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0-65535\n${usage}`);
  process.exit(2);
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let running;
try {
  running = await startServer({
    port,
    host: String(options.host),
    db: String(options.db),
    staticRoot: options.static ? repositoryRoot : undefined,
    faults: Boolean(options.faults),
    token: typeof options.token === 'string' ? options.token : undefined,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Scripts wait for exactly this line, and read the real port from it.
console.log(`homework-elements reference endpoint listening on ${running.url}`);

const stop = () => {
  running.close().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
