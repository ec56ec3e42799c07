// The one message the client widgets show for what the composer adds that must be in their
// first load: the `assignment-src` error for when its code cannot load (the others:
// assignment-fetch.ts; the framing intros and the preview note: assignment-words.ts). A file
// of its own, so a client widget does not carry the composer's English with it.
export const assignmentClient = {
  assignmentSrcUnreachable: 'The assignment could not be loaded: the server could not be reached. Reload to try again.',
} as const;
