// The package as an integrator installs it: `npm pack` of the built repository, and a fresh
// project outside it with the .tgz installed. For the tests that type-check, run and bundle
// what the tarball holds rather than what the repository has.
//
// Offline-friendly: `npm ci` has put the dependencies' tarballs in npm's cache, and the
// install prefers the cache, so only what the cache lacks is asked of the registry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; on failure, throws with its output so the test says what went wrong. */
export function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`\`${[command, ...args].join(' ')}\` failed in ${cwd}:\n${output}`);
  }
}

/** The version the repository's lockfile has for a package, so a consumer gets the same. */
export function lockedVersion(name) {
  const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8'));
  return lock.packages[`node_modules/${name}`]?.version;
}

/**
 * Packs the built package and installs the tarball into a new project.
 * @param {{ dependencies?: Record<string, string> }} [options] what else the project installs
 * @returns {{ consumer: string, packed: string[], dispose: () => void }}
 *   consumer: the project's folder; packed: the tarball's file paths (without `package/`)
 */
export function installPackedPackage({ dependencies = {} } = {}) {
  assert.ok(
    existsSync(join(repositoryRoot, 'dist/esm/index.js')) && existsSync(join(repositoryRoot, 'custom-elements.json')),
    'nothing is built: run `npm run build` before this test (`npm test` does)',
  );
  const dir = mkdtempSync(join(tmpdir(), 'hw-packed-'));
  try {
    // --ignore-scripts: the test run has built already; prepack would build a second time.
    const [report] = JSON.parse(
      run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], repositoryRoot),
    );
    const tarball = join(dir, report.filename);
    const packed = run('tar', ['-tzf', tarball], dir)
      .split('\n')
      .filter((line) => line && !line.endsWith('/'))
      .map((line) => line.replace(/^package\//, ''));

    const consumer = join(dir, 'consumer');
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({
        name: 'hw-consumer',
        private: true,
        type: 'module',
        dependencies: { 'homework-elements': `file:${tarball}`, ...dependencies },
      }),
    );
    run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
    return { consumer, packed, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
