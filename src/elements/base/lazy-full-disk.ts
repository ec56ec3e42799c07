// The full-disk submit (full-disk.ts) as a chunk of its own, loaded only when the disk is full.
export type FullDisk = typeof import('./full-disk.js');

export const loadFullDisk = (): Promise<FullDisk> => import('./full-disk.js');
