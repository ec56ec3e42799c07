// Builds the self-contained CDN files (lit, zod and idb inlined), one mode per output:
//   iife     dist/cdn/homework-elements.iife.js, a classic script for `<script src>`;
//   iife-clinician  dist/cdn/homework-elements-clinician.iife.js, the clinician's widgets;
//   esm      dist/cdn/homework-elements.js, the same as an ES module (translations split);
//   locales  dist/cdn/locales/<lang>.js, dist/cdn/lazy/*.js and dist/cdn/fhir.js, what the
//            bundles import on demand from beside themselves (built first: the bundles pin
//            their hashes); locales-clinician the clinician's part of each translation.
//   clinician dist/cdn/homework-elements-clinician.iife.js, the clinician's elements (and the
//            client widgets their previews render) as a classic script.
// The npm build (dist/esm) is plain tsc output, unbundled, with dependencies as imports.
import { defineConfig, type UserConfig } from 'vite';
import { TRANSLATED_LOCALES } from './src/i18n/translated-locales.js';
import { lazyTwins } from './scripts/lazy-modules.mjs';
import { templateWhitespace } from './scripts/template-whitespace.mjs';

/** What the classic script imports from dist/cdn/lazy/ on demand. */
const LAZY = ['calendar-file', 'form-parts', 'schemas'];

const shared: UserConfig['build'] = { outDir: 'dist/cdn', target: 'es2022', minify: true, sourcemap: true };

/**
 * Vite keeps the whitespace of ES library outputs, for bundlers to read; these ES files go
 * to browsers as they are, so they are minified in full like the classic scripts.
 */
const MINIFIED_ES = { minify: true } as const;

export default defineConfig(({ mode }) => {
  if (mode === 'locales' || mode === 'locales-clinician') {
    // Two builds, so no two files share a chunk: each file the bundles load from beside
    // themselves is self-contained, and its one pinned hash covers everything it runs.
    const entry =
      mode === 'locales-clinician'
        ? Object.fromEntries(
            TRANSLATED_LOCALES.map((locale) => [`${locale}-clinician`, `src/i18n/${locale}/clinician.ts`]),
          )
        : {
            ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, `src/i18n/${locale}/client.ts`])),
            fhir: 'src/fhir/to-response.ts',
            'calendar-file': 'src/exercises/calendar-file.ts',
            'form-parts': 'src/elements/base/form-parts.ts',
            schemas: 'src/cdn/schemas.ts',
          };
    return {
      build: {
        ...shared,
        emptyOutDir: false,
        // What each file imports, for the build's check that none imports another.
        manifest: `manifest-${mode}.json`,
        rollupOptions: { output: MINIFIED_ES },
        lib: {
          entry,
          formats: ['es'],
          // Loaded on demand from beside the script: the FHIR writer (format="fhir") as
          // dist/cdn/fhir.js, the calendar file and the schemas (zod) in lazy/, translations.
          fileName: (_format, name) =>
            name === 'fhir' ? 'fhir.js' : LAZY.includes(name) ? `lazy/${name}.js` : `locales/${name}.js`,
        },
      },
    };
  }
  const clinician = mode === 'iife-clinician';
  // The client's own list of homework, as a classic script of its own.
  const list = mode === 'iife-list';
  const iife = mode === 'iife' || clinician || list;
  return {
    // The lazy modules this build loads differently (src/lazy/, see scripts/lazy-modules.mjs):
    // the classic scripts cannot split code, so they load those files from beside themselves
    // or hold the code outright.
    plugins: [templateWhitespace(), lazyTwins(process.cwd(), mode)],
    // The hashes of the files built first (see the 'locales' modes), pinned inside the bundle.
    define: { __HW_PINNED_FILES__: process.env.HW_PINNED_FILES ?? 'undefined' },
    build: {
      ...shared,
      emptyOutDir: false, // scripts/build.mjs empties dist/cdn before the files to pin are built
      lib: list
        ? {
            entry: 'src/cdn/assignment-list.ts',
            name: 'HomeworkElementsList',
            formats: ['iife'],
            fileName: () => 'homework-elements-list.iife.js',
          }
        : clinician
          ? {
              entry: 'src/cdn/clinician.ts',
              name: 'HomeworkElements',
              formats: ['iife'],
              fileName: () => 'homework-elements-clinician.iife.js',
            }
          : {
              entry: 'src/cdn/homework-elements.ts',
              name: 'HomeworkElements',
              formats: [iife ? 'iife' : 'es'],
              fileName: () => (iife ? 'homework-elements.iife.js' : 'homework-elements.js'),
            },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', ...MINIFIED_ES } },
    },
  };
});
