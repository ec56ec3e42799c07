// Serves the demo and the built library from the repository, under a strict CSP so the
// demo proves the widgets need no inline script, inline style or eval.
import fs from 'node:fs/promises';
import path from 'node:path';

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Pages with a path of their own; everything else lives under a folder prefix. */
const PAGES = { '/': 'demo/index.html', '/received': 'demo/received.html' };
const FOLDERS = ['demo', 'dist', 'bench'];

/**
 * A folder outside the repository served under `/<name>/` (tests serve framework host apps
 * they build into a temporary directory), with the CSP its pages need.
 * @typedef {object} StaticMount
 * @property {string} dir
 * @property {string | null} [csp]   defaults to DEMO_CSP; null sends none (a built Storybook)
 */

/**
 * Answers GET/HEAD for a demo page or a file under demo/ or dist/ (or a mount); returns
 * false when the path is none of those, so the caller can answer 404 its own way.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {string} root  repository root
 * @param {Record<string, StaticMount>} [mounts]
 * @returns {Promise<boolean>}
 */
export async function serveStatic(req, res, url, root, mounts = {}) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const mount = Object.hasOwn(mounts, url.pathname.split('/')[1]) ? mounts[url.pathname.split('/')[1]] : undefined;
  const file = mount
    ? resolveFile(url.pathname, path.resolve(mount.dir), true)
    : resolveFile(url.pathname, path.resolve(root));
  if (!file) return false;
  const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file).toLowerCase())];
  if (!type) return false;

  let content;
  try {
    if (!(await fs.stat(file)).isFile()) return false;
    content = await fs.readFile(file);
  } catch {
    return false;
  }
  /** @type {Record<string, string>} */
  const headers = {
    'Content-Type': type,
    'Content-Length': String(content.length),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: under it browsers send `Origin: null` on the pages' own POSTs (sign-out,
    // links), which the server must then refuse. Other origins still get no referrer.
    'Referrer-Policy': 'same-origin',
  };
  const csp = mount?.csp === undefined ? DEMO_CSP : mount.csp;
  if (type.startsWith('text/html') && csp) headers['Content-Security-Policy'] = csp;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : content);
  return true;
}

/**
 * The absolute file a URL path names, or null if it names nothing we serve. Segments are
 * decoded before the containment check, so `%2e%2e` and `..%2f` cannot climb out either.
 * @param {string} pathname
 * @param {string} root     repository root, or a mount's folder
 * @param {boolean} [mounted]  root is the folder itself, not its parent
 * @returns {string | null}
 */
function resolveFile(pathname, root, mounted = false) {
  const page = mounted ? undefined : PAGES[/** @type {keyof typeof PAGES} */ (pathname)];
  if (page) return path.join(root, page);

  const [, folder, ...rest] = pathname.split('/');
  if ((!mounted && !FOLDERS.includes(folder)) || rest.length === 0) return null;
  let relative;
  try {
    relative = rest.map((segment) => decodeURIComponent(segment)).join('/');
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const base = mounted ? root : path.join(root, folder);
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : null;
}
