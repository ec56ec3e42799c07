// The reference endpoint as a Node request handler, plus a server around it that closes
// cleanly (tests and `npm start` both rely on that).
import http from 'node:http';
import https from 'node:https';
import { createGuard } from './access/guard.mjs';
import { createLinkRoutes } from './access/link-routes.mjs';
import { createIdentify } from './access/principal.mjs';
import { createSessionRoutes } from './access/session-routes.mjs';
import { createThrottle } from './access/throttle.mjs';
import { ASSIGNMENTS_PATH, createAssignmentRoutes } from './assignment-routes.mjs';
import { createClientRoutes } from './client-routes.mjs';
import { createFaultLab } from './fault-lab.mjs';
import { createHomeworkRoutes } from './homework-routes.mjs';
import { sendProblem } from './replies.mjs';
import { unsafeStart } from './start-checks.mjs';
import { serveStatic } from './static-files.mjs';
import { openStore } from './store/index.mjs';

/** @typedef {import('./homework-routes.mjs').Validate} Validate */

/**
 * @typedef {object} AppOptions
 * @property {import('./store/index.mjs').Store} store
 * @property {Validate} [validate]   defaults to the library's validateEntry (needs `npm run build`)
 * @property {Validate} [validateAssignment]  defaults to the library's parseAssignment (needs the build)
 * @property {string} [staticRoot]   repository root; serves the demo and dist/ when set
 * @property {Record<string, import('./static-files.mjs').StaticMount>} [mounts]  more folders, under /<name>/
 * @property {boolean} [faults]      enables the /__test/* routes and queued faults
 * @property {string[]} [publicHosts]  host names besides loopback the server answers for
 * @property {string[]} [allowOrigins] origins whose pages may call the API cross-origin
 * @property {boolean} [https]         the server speaks TLS itself (cookies get Secure)
 * @property {boolean} [trustProxy]    believe X-Forwarded-Proto / X-Forwarded-For
 * @property {number} [maxBodyBytes]
 * @property {() => number} [now]     the clock of due dates and new clients (tests set it)
 */

/**
 * @typedef {((req: http.IncomingMessage, res: http.ServerResponse) => void) & { close(): void }} App
 */

/**
 * @param {AppOptions} options
 * @returns {App}  a request handler; `close()` cancels fault delays still waiting
 */
export function createApp({
  store,
  validate,
  validateAssignment,
  staticRoot,
  mounts,
  faults = false,
  publicHosts = [],
  allowOrigins = [],
  https: secure = false,
  trustProxy = false,
  maxBodyBytes = 1_000_000,
  now = Date.now,
}) {
  const shutdown = new AbortController();
  const guard = createGuard({ publicHosts, allowOrigins, https: secure, trustProxy, faults });
  // Five wrong passwords for one account, or twenty failures from one address, wait out a
  // quarter of an hour.
  const failures = createThrottle({
    windowMs: 15 * 60_000,
    limitFor: (key) => (key.startsWith('account:') ? 5 : 20),
  });
  const identify = createIdentify({ store, guard, throttle: failures, faults });
  const sessions = createSessionRoutes({ store, guard, throttle: failures, identify });
  const links = createLinkRoutes({ store, identify });
  const clients = createClientRoutes({ store, identify, now, loadCountFlags });
  const faultLab = faults ? createFaultLab(store) : null;
  const homework = createHomeworkRoutes({
    store,
    loadValidate: validate ? async () => validate : loadValidateEntry,
    identify,
    maxBodyBytes,
    faultLab,
    shutdown: shutdown.signal,
  });
  const assignments = createAssignmentRoutes({
    store,
    loadValidate: validateAssignment ? async () => validateAssignment : loadValidateAssignment,
    identify,
    maxBodyBytes,
    unknownWording,
  });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function route(req, res) {
    const refused = guard.check(req);
    if (refused) {
      // Nothing is read for a stranger's host name or origin; the connection is not reused.
      res.setHeader('Connection', 'close');
      return sendProblem(res, refused.status, refused.message);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (await sessions.handle(req, res, url)) return;
    if (await links.handle(req, res, url)) return;
    if (await clients.handle(req, res, url)) return;
    if (url.pathname === ASSIGNMENTS_PATH || url.pathname.startsWith(`${ASSIGNMENTS_PATH}/`)) {
      return assignments.handle(req, res, url);
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return homework.handle(req, res, url);
    if (faultLab && url.pathname.startsWith('/__test/')) return faultLab.handle(req, res, url);
    if (staticRoot && (await serveStatic(req, res, url, staticRoot, mounts))) return;
    sendProblem(res, 404, 'Not found');
  }

  /** @type {App} */
  const app = (req, res) => {
    route(req, res).catch((/** @type {unknown} */ error) => {
      if (shutdown.signal.aborted) return void res.destroy();
      // Only the stack: an entry's text must never reach a log.
      console.error('homework-elements endpoint:', error instanceof Error ? error.stack : String(error));
      sendProblem(res, 500, 'Internal server error');
    });
  };
  app.close = () => shutdown.abort();
  return app;
}

/** @type {Promise<Validate> | undefined} */
let validateEntry;

/** The library's own validator, so the endpoint accepts exactly what the widgets send. */
function loadValidateEntry() {
  validateEntry ??= import('../dist/esm/core/index.js').then(
    (core) => core.validateEntry,
    (error) => {
      validateEntry = undefined;
      throw new Error(
        `Cannot load validateEntry from dist/esm/core/index.js; run \`npm run build\` first (${error.message})`,
      );
    },
  );
  return validateEntry;
}

/** @type {Promise<(exercise: string, framing?: string) => string[]> | undefined} */
let adaptableKeys;

/**
 * Override keys the composer does not offer for this exercise and framing.
 * @param {Record<string, string>} overrides @param {string} exercise @param {string} [framing]
 */
async function unknownWording(overrides, exercise, framing) {
  adaptableKeys ??= import('../dist/esm/i18n/adaptable-keys.js').then((module) => module.adaptableKeys);
  const allowed = new Set((await adaptableKeys)(exercise, framing));
  return Object.keys(overrides).filter((key) => !allowed.has(key));
}

/** @type {Promise<import('./client-routes.mjs').CountFlags> | undefined} */
let countFlags;

/** The review panel's own flag rule (marked, or a mood at or below the threshold), from the build. */
function loadCountFlags() {
  countFlags ??= Promise.all([import('../dist/esm/review/parse-items.js'), import('../dist/esm/review/flags.js')]).then(
    ([{ parseItems }, { reviewFlags }]) =>
      (entries, assignments) => {
        const review = reviewFlags(parseItems(entries), /** @type {any} */ (assignments));
        return { flagged: review.flagged.length, unchecked: review.unchecked.length };
      },
    (error) => {
      countFlags = undefined;
      throw new Error(
        `Cannot load the review flags from dist/esm/review/; run \`npm run build\` first (${error.message})`,
      );
    },
  );
  return countFlags;
}

/** @type {Promise<Validate> | undefined} */
let validateAssignmentFromBuild;

/** The library's published assignment schema, so the endpoint stores what widgets accept. */
function loadValidateAssignment() {
  validateAssignmentFromBuild ??= import('../dist/esm/core/index.js').then(
    (core) => (/** @type {unknown} */ candidate) => {
      const result = core.parseAssignment(candidate);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, problems: core.describeIssues(result.error.issues) };
    },
    (error) => {
      validateAssignmentFromBuild = undefined;
      throw new Error(
        `Cannot load parseAssignment from dist/esm/core/index.js; run \`npm run build\` first (${error.message})`,
      );
    },
  );
  return validateAssignmentFromBuild;
}

/**
 * @typedef {object} ServerOptions
 * @property {number} [port]    0 picks a free port
 * @property {string} [host]
 * @property {string} [db]      SQLite file path, ':memory:', or a postgres:// URL
 * @property {string} [staticRoot]
 * @property {Record<string, import('./static-files.mjs').StaticMount>} [mounts]
 * @property {boolean} [faults]
 * @property {string[]} [publicHosts]
 * @property {string[]} [allowOrigins]
 * @property {{ cert: string | Buffer, key: string | Buffer }} [tls]  serve HTTPS
 * @property {boolean} [trustProxy]
 * @property {number} [requestTimeoutMs]  a request (headers and body) must arrive within this
 * @property {number} [maxConnections]
 * @property {Validate} [validate]
 * @property {Validate} [validateAssignment]
 * @property {number} [maxBodyBytes]
 * @property {() => number} [now]
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url     e.g. http://127.0.0.1:54321, without a trailing slash
 * @property {http.Server} server
 * @property {import('./store/index.mjs').Store} store
 * @property {() => Promise<void>} close  drops open connections (hung requests included)
 */

/**
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
  port = 0,
  host = '127.0.0.1',
  db = ':memory:',
  staticRoot,
  mounts,
  faults = false,
  publicHosts = [],
  allowOrigins = [],
  tls,
  trustProxy = false,
  requestTimeoutMs = 30_000,
  maxConnections = 512,
  validate,
  validateAssignment,
  maxBodyBytes,
  now,
} = {}) {
  const unsafe = unsafeStart({ host, db, faults, https: !!tls, trustProxy, publicHosts });
  if (unsafe) throw new Error(unsafe);
  // Fail at start, not on the first entry, when the library has not been built.
  const validator = validate ?? (await loadValidateEntry());
  const store = await openStore(db);
  if (!isLoopbackListen(host) && !faults && (await store.clinicians.count()) === 0) {
    await store.close();
    throw new Error(
      `Listening on ${host} needs a clinician account first: node server/cli.mjs clinician add NAME --db …`,
    );
  }
  const assignmentValidator = validateAssignment ?? (validate ? undefined : await loadValidateAssignment());
  const app = createApp({
    store,
    validate: validator,
    validateAssignment: assignmentValidator,
    staticRoot,
    mounts,
    faults,
    publicHosts,
    allowOrigins,
    https: !!tls,
    trustProxy,
    maxBodyBytes,
    now,
  });
  // A slow upload (headers or body) is cut after requestTimeoutMs; checked every second so
  // the cut comes close to the limit rather than up to 30 s later.
  const serverOptions = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(requestTimeoutMs, 20_000),
    connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
  };
  const server = tls ? https.createServer({ ...serverOptions, ...tls }, app) : http.createServer(serverOptions, app);
  server.maxConnections = maxConnections;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = () => {
    closing ??= new Promise((resolve, reject) => {
      app.close();
      server.close((error) => {
        store.close().then(() => (error ? reject(error) : resolve()), reject);
      });
      // Keep-alive and deliberately hung requests would otherwise hold close() forever.
      server.closeAllConnections();
    });
    return closing;
  };
  return { url: `${tls ? 'https' : 'http'}://${hostInUrl}:${address.port}`, server, store, close };
}

/** @param {string} host */
function isLoopbackListen(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
