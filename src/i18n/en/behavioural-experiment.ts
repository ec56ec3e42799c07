// English messages of the behavioural-experiment. PLACEHOLDER: filled in by its issue.
export const behaviouralExperiment = {} as const;
