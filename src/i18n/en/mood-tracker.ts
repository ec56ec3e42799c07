// English messages of the mood-tracker. PLACEHOLDER: filled in by its issue.
export const moodTracker = {} as const;
