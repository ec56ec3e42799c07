// Builds the self-contained CDN files (lit, zod and idb inlined), one mode per output:
//   iife     dist/cdn/homework-elements.iife.js, a classic script for `<script src>`;
//   esm      dist/cdn/homework-elements.js, the same as an ES module (translations split);
//   locales  dist/cdn/locales/<lang>.js, what the classic script imports on demand.
// The npm build (dist/esm) is plain tsc output, unbundled, with dependencies as imports.
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { TRANSLATED_LOCALES } from './src/i18n/translated-locales.js';

const shared: UserConfig['build'] = { outDir: 'dist/cdn', target: 'es2022', minify: true, sourcemap: true };

export default defineConfig(({ mode }) => {
  if (mode === 'locales') {
    return {
      build: {
        ...shared,
        emptyOutDir: false,
        lib: {
          entry: {
            ...Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, `src/i18n/${locale}/index.ts`])),
            fhir: 'src/fhir/to-response.ts',
          },
          formats: ['es'],
          // The FHIR writer (format="fhir") loads on demand like a translation: dist/cdn/fhir.js.
          fileName: (_format, name) => (name === 'fhir' ? 'fhir.js' : `locales/${name}.js`),
        },
      },
    };
  }
  const iife = mode === 'iife';
  return {
    resolve: {
      // The classic script cannot split code: it loads translations from beside itself.
      alias: [
        ...(iife ? [{ find: /^\.\/locale-loaders\.js$/, replacement: resolve('src/cdn/locale-loaders.ts') }] : []),
        // Both CDN bundles load the FHIR writer (format="fhir") from beside themselves: dist/cdn/fhir.js.
        {
          find: /^\.\/fhir-writer-loader\.js$/,
          replacement: resolve(iife ? 'src/cdn/fhir-writer-loader.ts' : 'src/cdn/fhir-writer-loader-module.ts'),
        },
      ],
    },
    build: {
      ...shared,
      emptyOutDir: iife,
      lib: {
        entry: 'src/cdn/homework-elements.ts',
        name: 'HomeworkElements',
        formats: [iife ? 'iife' : 'es'],
        fileName: () => (iife ? 'homework-elements.iife.js' : 'homework-elements.js'),
      },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
