// Messages of the behavioural-experiment. PLACEHOLDER: filled in by its issue.
import type { Catalogue } from '../catalogue-types.js';
import type { behaviouralExperiment as english } from '../en/behavioural-experiment.js';

export const behaviouralExperiment: Catalogue<typeof english> = {};
