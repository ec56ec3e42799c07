// English message of the review panel for an entry whose assignment it was not given.
/** The review panel's name for an entry's assignment it was not given. */
export const panelLoopMessages = {
  'rp.assignment.unlisted': 'An assignment not listed here',
} as const;
