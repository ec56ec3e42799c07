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
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { TRANSLATED_LOCALES } from './src/i18n/translated-locales.js';
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
    plugins: [templateWhitespace()],
    // The hashes of the files built first (see the 'locales' modes), pinned inside the bundle.
    define: { __HW_PINNED_FILES__: process.env.HW_PINNED_FILES ?? 'undefined' },
    resolve: {
      // The classic script cannot split code: it loads translations and the calendar file
      // from beside itself, and holds storage and delivery without lazy wrappers.
      alias: [
        ...(iife
          ? [
              { find: /^\.\/locale-loaders\.js$/, replacement: resolve('src/cdn/locale-loaders.ts') },
              {
                find: /^[./]+\/(i18n\/)?clinician-locale-loaders\.js$/,
                replacement: resolve('src/cdn/clinician-locale-loaders.ts'),
              },
              { find: /^\.\/calendar-loader\.js$/, replacement: resolve('src/cdn/calendar-loader.ts') },
              // What a widget shows once its form is open: beside the script too.
              {
                find: /^(\.\/|\.\.\/base\/)lazy-form-parts\.js$/,
                replacement: resolve('src/cdn/form-parts-loader.ts'),
              },
              // zod and the schemas: beside the client's script; inside the clinician's,
              // whose composer checks assignments as they are typed.
              {
                find: /^[./]+\/(core\/)?lazy-schemas\.js$/,
                replacement: resolve(clinician ? 'src/cdn/eager-schemas.ts' : 'src/cdn/schemas-loader.ts'),
              },
              // The composer's preview widgets and the review panel's views are inside the
              // clinician's script anyway.
              { find: /^\.\/preview-widgets\.js$/, replacement: resolve('src/cdn/eager-preview-widgets.ts') },
              { find: /^\.\/lazy-views\.js$/, replacement: resolve('src/cdn/eager-views.ts') },
              // Storage, delivery and the mood history are inside the script anyway: no lazy wrappers.
              { find: /^\.\/lazy-history\.js$/, replacement: resolve('src/cdn/eager-history.ts') },
              { find: /^[./]+\/(storage\/)?lazy-store\.js$/, replacement: resolve('src/cdn/eager-store.ts') },
              { find: /^[./]+\/(sync\/)?lazy-sender\.js$/, replacement: resolve('src/cdn/eager-sender.ts') },
            ]
          : []),
        // Both CDN bundles load the FHIR writer (format="fhir") from beside themselves: dist/cdn/fhir.js.
        {
          find: /^\.\/fhir-writer-loader\.js$/,
          replacement: resolve(iife ? 'src/cdn/fhir-writer-loader.ts' : 'src/cdn/fhir-writer-loader-module.ts'),
        },
      ],
    },
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
