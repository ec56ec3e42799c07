// The SHA-384 of every file the CDN bundles load from beside themselves, written in by the
// build (scripts/build.mjs builds those files first, then hands their hashes to Vite as
// __HW_PINNED_FILES__). Outside that build nothing is pinned, so nothing loads from beside.
declare const __HW_PINNED_FILES__: Record<string, string> | undefined;

const pinned: Record<string, string> = typeof __HW_PINNED_FILES__ === 'object' ? __HW_PINNED_FILES__ : {};

/** The `integrity` value for `path` (relative to the bundle's folder), if the build pinned it. */
export const pinnedIntegrity = (path: string): string | undefined =>
  Object.hasOwn(pinned, path) ? pinned[path] : undefined;
