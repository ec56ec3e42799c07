// Builds the self-contained CDN files (lit, zod and idb inlined), one mode per output:
//   iife     dist/cdn/homework-elements.iife.js, a classic script for `<script src>`;
//   iife-clinician  dist/cdn/homework-elements-clinician.iife.js, the clinician's widgets;
//   esm      dist/cdn/homework-elements.js, the same as an ES module (translations split);
//   locales  dist/cdn/locales/<lang>.js, what the classic script imports on demand.
// The npm build (dist/esm) is plain tsc output, unbundled, with dependencies as imports.
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const shared: UserConfig['build'] = { outDir: 'dist/cdn', target: 'es2022', minify: true, sourcemap: true };

export default defineConfig(({ mode }) => {
  if (mode === 'locales') {
    return {
      build: {
        ...shared,
        emptyOutDir: false,
        lib: {
          entry: { es: 'src/i18n/es/index.ts', ar: 'src/i18n/ar/index.ts' },
          formats: ['es'],
          fileName: (_format, name) => `locales/${name}.js`,
        },
      },
    };
  }
  const clinician = mode === 'iife-clinician';
  const iife = mode === 'iife' || clinician;
  return {
    resolve: {
      // The classic script cannot split code: it loads translations from beside itself.
      alias: iife ? [{ find: /^\.\/locale-loaders\.js$/, replacement: resolve('src/cdn/locale-loaders.ts') }] : [],
    },
    build: {
      ...shared,
      emptyOutDir: mode === 'iife',
      lib: clinician
        ? {
            entry: 'src/cdn/clinician.ts',
            name: 'HomeworkElementsClinician',
            formats: ['iife'],
            fileName: () => 'homework-elements-clinician.iife.js',
          }
        : {
            entry: 'src/cdn/homework-elements.ts',
            name: 'HomeworkElements',
            formats: [iife ? 'iife' : 'es'],
            fileName: () => (iife ? 'homework-elements.iife.js' : 'homework-elements.js'),
          },
      rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
