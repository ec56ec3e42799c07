// Builds the self-contained CDN bundles (lit, zod and idb inlined): a classic script for
// `<script src>` on a practice website and the same as one ES module. The npm build
// (dist/esm) is plain tsc output, unbundled, with dependencies left as imports.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/cdn/homework-elements.ts',
      name: 'HomeworkElements',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'iife' ? 'homework-elements.iife.js' : 'homework-elements.js'),
    },
  },
});
