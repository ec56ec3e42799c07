// `npm start` / `npm run server`: runs the reference endpoint until SIGINT or SIGTERM.
// `backup` copies the embedded database while the server runs; `copy` moves a practice's
// store to another (the embedded file to PostgreSQL); `clinician` and `token` manage who
// may read entries.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addClinician, addReadToken, readPassword, resetClinician } from './access/accounts.mjs';
import { issueLink } from './access/links.mjs';
import { newSecret } from './access/secrets.mjs';
import { startServer } from './app.mjs';
import { copyStore } from './store/copy.mjs';
import { openStore } from './store/index.mjs';

const usage = `Usage:
  node server/cli.mjs [--port 8080] [--host 127.0.0.1] [--db FILE | :memory: | postgres://…]
                      [--static] [--faults] [--public-host NAME]… [--allow-origin ORIGIN]…
                      [--cert FILE --key FILE | --trust-proxy] [--request-timeout SECONDS]
                      [--max-connections N]
  node server/cli.mjs clinician add|reset NAME --db …   (the password is read from standard input)
  node server/cli.mjs token add NAME --label TEXT --db …   (a read-only token for an EHR)
  node server/cli.mjs token revoke ID --db …
  node server/cli.mjs backup --db FILE --out FILE
  node server/cli.mjs copy --from FILE --to postgres://…
A PostgreSQL URL may also come from the DATABASE_URL environment variable, which keeps its
password out of the process list.`;

const commands = { serve, backup, copy, clinician, token };
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
  return parseWithPositionals(args, options).values;
}

/**
 * @param {string[]} args
 * @param {import('node:util').ParseArgsConfig['options']} options
 */
function parseWithPositionals(args, options) {
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', default: false } },
    });
    const { values } = parsed;
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    return parsed;
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
    'public-host': { type: 'string', multiple: true, default: [] },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    cert: { type: 'string' },
    key: { type: 'string' },
    'trust-proxy': { type: 'boolean', default: false },
    'request-timeout': { type: 'string', default: '30' },
    'max-connections': { type: 'string', default: '512' },
  });
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be 0-65535\n${usage}`);
    process.exit(2);
  }
  if ((typeof options.cert === 'string') !== (typeof options.key === 'string')) {
    console.error(`--cert and --key go together\n${usage}`);
    process.exit(2);
  }
  const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const db = String(options.db ?? process.env.DATABASE_URL ?? ':memory:');
  /** @type {import('./app.mjs').RunningServer} */
  let running;
  try {
    running = await startServer({
      port,
      host: String(options.host),
      db,
      staticRoot: options.static ? repositoryRoot : undefined,
      faults: Boolean(options.faults),
      publicHosts: /** @type {string[]} */ (options['public-host']),
      allowOrigins: /** @type {string[]} */ (options['allow-origin']),
      tls:
        typeof options.cert === 'string' && typeof options.key === 'string'
          ? { cert: fs.readFileSync(options.cert), key: fs.readFileSync(options.key) }
          : undefined,
      trustProxy: Boolean(options['trust-proxy']),
      requestTimeoutMs: Number(options['request-timeout']) * 1000,
      maxConnections: Number(options['max-connections']),
    });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
    console.error(
      `Port ${port} is already in use (another \`npm start\`?). Stop that one, or start on another port:\n` +
        `  npm run build && node server/cli.mjs --port ${port + 1} --db .data/homework.sqlite --static`,
    );
    process.exit(1);
  }
  if (options.static && (await running.store.clinicians.count()) === 0) await firstRun(running, db);
  if (options.static) console.log(`The demo's pages: ${running.url}/ (the practice's index of every page)`);
  // Scripts wait for exactly this line, and read the real port from it (so it comes last).
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

/**
 * The demo's first start: a clinician account with a random password, printed this once, so
 * a newcomer can sign in to the review page. Only on loopback (startServer refuses to listen
 * anywhere else without an account made beforehand).
 * @param {import('./app.mjs').RunningServer} running
 * @param {string} db
 */
async function firstRun(running, db) {
  const password = newSecret().slice(0, 20);
  await addClinician(running.store, 'demo', password);
  const account = /** @type {{ id: string }} */ (await running.store.clinicians.findByUsername('demo'));
  await running.store.clinicians.claimClient(account.id, 'demo-client-1');
  const link = await issueLink(running.store, {
    clinicianId: account.id,
    clientId: 'demo-client-1',
    assignmentId: null,
    days: 14,
  });
  console.log(`
First run: a demo clinician account was created. Sign in at ${running.url}/signin
  username: demo
  password: ${password}
The demo client's pages, with their link (valid 14 days):
  ${running.url}/#link=${link.secret}
Both are shown only now. Set a new password with:
  node server/cli.mjs clinician reset demo --db ${db}   (then type the password and press Enter)
`);
}

/** @param {string[]} args */
async function clinician(args) {
  const { values, positionals } = parseWithPositionals(args, { db: { type: 'string' } });
  const [action, username] = positionals;
  const db = values.db ?? process.env.DATABASE_URL;
  if ((action !== 'add' && action !== 'reset') || !username || typeof db !== 'string') {
    console.error(`clinician needs add|reset, a NAME and --db\n${usage}`);
    process.exit(2);
  }
  if (process.stdin.isTTY) process.stdout.write(`Password for ${username} (at least 12 characters): `);
  const password = await readPassword(process.stdin);
  const store = await openStore(db);
  try {
    await (action === 'add' ? addClinician : resetClinician)(store, username, password);
  } finally {
    await store.close();
  }
  console.log(action === 'add' ? `clinician ${username} added` : `password of ${username} reset; their sessions ended`);
}

/** @param {string[]} args */
async function token(args) {
  const { values, positionals } = parseWithPositionals(args, { db: { type: 'string' }, label: { type: 'string' } });
  const [action, subject] = positionals;
  const db = values.db ?? process.env.DATABASE_URL;
  if ((action !== 'add' && action !== 'revoke') || !subject || typeof db !== 'string') {
    console.error(`token needs add NAME --label TEXT, or revoke ID, and --db\n${usage}`);
    process.exit(2);
  }
  const store = await openStore(db);
  try {
    if (action === 'add') {
      const made = await addReadToken(store, subject, typeof values.label === 'string' ? values.label : 'api');
      console.log(`token ${made.id} (read-only; shown only now):\n${made.token}`);
    } else if (await store.tokens.revoke(subject)) {
      console.log(`token ${subject} revoked`);
    } else {
      throw new Error(`No active token ${subject}`);
    }
  } finally {
    await store.close();
  }
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
