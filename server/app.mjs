// The reference endpoint as a Node request handler, plus a server around it that closes
// cleanly (tests and `npm start` both rely on that).
import http from 'node:http';
import { ASSIGNMENTS_PATH, createAssignmentRoutes } from './assignment-routes.mjs';
import { createFaultLab } from './fault-lab.mjs';
import { createHomeworkRoutes } from './homework-routes.mjs';
import { sendProblem } from './replies.mjs';
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
 * @property {string} [token]        when set, POST and GET need `Authorization: Bearer <token>`
 * @property {number} [maxBodyBytes]
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
  token,
  maxBodyBytes = 1_000_000,
}) {
  const shutdown = new AbortController();
  const faultLab = faults ? createFaultLab(store) : null;
  const homework = createHomeworkRoutes({
    store,
    loadValidate: validate ? async () => validate : loadValidateEntry,
    token,
    maxBodyBytes,
    faultLab,
    shutdown: shutdown.signal,
  });
  const assignments = createAssignmentRoutes({
    store,
    loadValidate: validateAssignment ? async () => validateAssignment : loadValidateAssignment,
    token,
    maxBodyBytes,
  });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function route(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
 * @property {string} [token]
 * @property {Validate} [validate]
 * @property {Validate} [validateAssignment]
 * @property {number} [maxBodyBytes]
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
  token,
  validate,
  validateAssignment,
  maxBodyBytes,
} = {}) {
  // Fail at start, not on the first entry, when the library has not been built.
  const validator = validate ?? (await loadValidateEntry());
  const store = await openStore(db);
  const assignmentValidator = validateAssignment ?? (validate ? undefined : await loadValidateAssignment());
  const app = createApp({
    store,
    validate: validator,
    validateAssignment: assignmentValidator,
    staticRoot,
    mounts,
    faults,
    token,
    maxBodyBytes,
  });
  const server = http.createServer(app);
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
  return { url: `http://${hostInUrl}:${address.port}`, server, store, close };
}
