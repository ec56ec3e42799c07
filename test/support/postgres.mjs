// A PostgreSQL for the store's tests and benchmarks: HW_TEST_POSTGRES_URL when set (CI starts
// Debian's cluster and sets it), otherwise a throwaway cluster made with initdb in a temp
// folder, run as the `postgres` user when we are root (PostgreSQL refuses root). No server
// and no binaries is an error, never a silent skip.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startTestPostgres() {
  if (process.env.HW_TEST_POSTGRES_URL) return { url: process.env.HW_TEST_POSTGRES_URL, stop: async () => {} };
  const bin = postgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const run = (/** @type {string} */ file, /** @type {string[]} */ args) =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, file), ...args]] : [path.join(bin, file), args];
  const [initCommand, initArgs] = run('initdb', [
    '-D',
    path.join(dir, 'data'),
    '-U',
    'hw',
    '--auth=trust',
    '-E',
    'UTF8',
  ]);
  execFileSync(/** @type {string} */ (initCommand), /** @type {string[]} */ (initArgs), { stdio: 'ignore' });
  const port = await freePort();
  const [command, args] = run('postgres', [
    '-D',
    path.join(dir, 'data'),
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=on',
  ]);
  const server = spawn(/** @type {string} */ (command), /** @type {string[]} */ (args), { stdio: 'ignore' });
  const url = `postgres://hw@127.0.0.1:${port}/postgres`;
  await waitForPort(port);
  return {
    url,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh, empty database on that server for one test file, dropped by `drop()`.
 * @param {string} url
 * @param {string} name
 */
export async function createTestDatabase(url, name) {
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const database = `hw_test_${name}_${process.pid}_${Date.now()}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${database}`;
  return {
    url: target.href,
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    },
  };
}

function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, 'bin')).find((bin) => fs.existsSync(path.join(bin, 'initdb')));
  if (!found) {
    throw new Error(
      "PostgreSQL is needed for the store tests: install Debian's postgresql, or set HW_TEST_POSTGRES_URL.",
    );
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} port */
async function waitForPort(port) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgreSQL did not start on port ${port}`);
}
