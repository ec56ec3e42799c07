// Where translations come from when a widget first needs them. In the npm build each is
// a dynamic import that the host's bundler splits into its own chunk, so a page pays only
// for the languages its clients use. (The classic-script bundle swaps this module: see
// src/cdn/locale-loaders.ts.)
export type LocaleLoader = () => Promise<Record<string, string>>;

export const localeLoaders: Record<string, LocaleLoader> = {
  es: () => import('./es/index.js').then((module) => module.es),
  ar: () => import('./ar/index.js').then((module) => module.ar),
};
