// `npm start` / `npm run server`: runs the reference endpoint until SIGINT or SIGTERM.
// `backup` copies the embedded database while the server runs; `copy` moves a practice's
// store to another (the embedded file to PostgreSQL).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './app.mjs';
import { copyStore } from './store/copy.mjs';
import { openStore } from './store/index.mjs';

const usage = `Usage:
  node server/cli.mjs [--port 8080] [--host 127.0.0.1] [--db FILE | :memory: | postgres://…]
                      [--static] [--faults] [--token T]
  node server/cli.mjs backup --db FILE --out FILE
  node server/cli.mjs copy --from FILE --to postgres://…
A PostgreSQL URL may also come from the DATABASE_URL environment variable, which keeps its
password out of the process list.`;

const commands = { serve, backup, copy };
const named = /** @type {keyof typeof commands | undefined} */ (
  Object.keys(commands).find((name) => name === process.argv[2])
);
const args = named ? process.argv.slice(3) : process.argv.slice(2);

try {
  await commands[named ?? 'serve'](args);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * @param {string[]} args
 * @param {import('node:util').ParseArgsConfig['options']} options
 */
function parse(args, options) {
  try {
    const { values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', default: false } } });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    process.exit(2);
  }
}

/** @param {string[]} args */
async function serve(args) {
  const options = parse(args, {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string' },
    static: { type: 'boolean', default: false },
    faults: { type: 'boolean', default: false },
    token: { type: 'string' },
  });
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be 0-65535\n${usage}`);
    process.exit(2);
  }
  const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const running = await startServer({
    port,
    host: String(options.host),
    db: String(options.db ?? process.env.DATABASE_URL ?? ':memory:'),
    staticRoot: options.static ? repositoryRoot : undefined,
    faults: Boolean(options.faults),
    token: typeof options.token === 'string' ? options.token : undefined,
  });
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
}

/** @param {string[]} args */
async function backup(args) {
  const options = parse(args, { db: { type: 'string' }, out: { type: 'string' } });
  if (typeof options.db !== 'string' || typeof options.out !== 'string') {
    console.error(`backup needs --db and --out\n${usage}`);
    process.exit(2);
  }
  if (path.resolve(options.db) === path.resolve(options.out)) throw new Error('--out must not be the database itself');
  const store = await openStore(options.db);
  try {
    await store.backup(options.out);
  } finally {
    await store.close();
  }
  console.log(`backup written to ${options.out}`);
}

/** @param {string[]} args */
async function copy(args) {
  const options = parse(args, { from: { type: 'string' }, to: { type: 'string' } });
  const to = typeof options.to === 'string' ? options.to : process.env.DATABASE_URL;
  if (typeof options.from !== 'string' || !to) {
    console.error(`copy needs --from and --to (or DATABASE_URL)\n${usage}`);
    process.exit(2);
  }
  const source = await openStore(options.from);
  try {
    const destination = await openStore(to);
    try {
      await copyStore(source, destination, (line) => console.log(line));
    } finally {
      await destination.close();
    }
  } finally {
    await source.close();
  }
  console.log('copy complete; every table counted on both sides');
}
