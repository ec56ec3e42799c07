// A CDN on a second origin for the e2e tests: serves a copy of dist/cdn that a test may
// alter (tamper with a file, delete what a partial deploy leaves out), with or without
// CORS headers, and counts what each file was asked for.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';

const built = resolve(import.meta.dirname, '../../dist/cdn');

export async function startCdn() {
  const dir = mkdtempSync(join(tmpdir(), 'hw-cdn-'));
  const state = { cors: true, requests: /** @type {string[]} */ ([]), hang: new Set() };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://cdn').pathname)).replace(/^\/+/, '');
    state.requests.push(path);
    if (state.hang.has(path)) return; // never answers: the widget must give up by itself
    let body;
    try {
      body = await readFile(join(dir, path));
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' };
    if (state.cors) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    dir,
    state,
    /** A fresh copy of the build, every file served, CORS on, nothing hanging. */
    reset() {
      rmSync(dir, { recursive: true, force: true });
      cpSync(built, dir, { recursive: true });
      state.cors = true;
      state.requests = [];
      state.hang = new Set();
    },
    /** How often `path` (relative to the CDN folder, query ignored) was asked for. */
    count(path) {
      return state.requests.filter((asked) => asked === path).length;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
