// English: the source catalogue. Each widget's messages live in their own file so a new
// widget adds files instead of editing shared ones.
import type { Catalogue } from '../catalogue-types.js';
import { common } from './common.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';
import type { reviewPanel } from './review-panel.js';

export const en = { ...common, ...thoughtRecord, ...moodTracker, ...behaviouralExperiment } as const;
/**
 * The clinician's widgets bring their own English when they load (catalogue.ts, addEnglish),
 * so a client bundle never carries it; every locale still has to translate their keys.
 */
type ClinicianEnglish = typeof reviewPanel;
export type MessageKey = keyof typeof en | keyof ClinicianEnglish;
export type Messages = Catalogue<typeof en & ClinicianEnglish>;
