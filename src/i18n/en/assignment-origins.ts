// English for an `assignment-src` on an origin the widget may not ask: it comes with the
// code that fetches the assignment (a chunk of its own), which hands it to the catalogue.
export const assignmentOrigins = {
  assignmentSrcOrigin: 'The assignment address ({details}) must be on the endpoint’s site or one allowed for it.',
} as const;
