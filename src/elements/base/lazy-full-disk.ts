// The full-disk submit (full-disk.ts) as a chunk of its own, loaded only when the disk is full.
import { onDemand } from '../../core/on-demand.js';

export type FullDisk = typeof import('./full-disk.js');

export const loadFullDisk = onDemand<FullDisk>('full-disk', () => import('./full-disk.js'));
