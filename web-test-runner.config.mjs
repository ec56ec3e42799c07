// Browser tests: real Chromium (Debian's, never a downloaded one), real IndexedDB, and
// the real reference endpoint started on 127.0.0.1 for the run (cross-origin, like a host).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { offlinePlugin } from './test/support/offline-plugin.mjs';
import { redirectMiddleware } from './test/support/redirect-middleware.mjs';
import { referenceServerPlugin } from './test/support/reference-server-plugin.mjs';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './test/support/chromium.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // Lit's dev-mode banner on every file is noise; its real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 600_000,
  middleware: [redirectMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), referenceServerPlugin(), offlinePlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.HW_COUNT_FILE ?? 'test-results/browser.json')],
};
