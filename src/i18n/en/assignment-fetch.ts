// English for what can go wrong fetching `assignment-src` (a refused address or origin, a
// refusing server): it comes with the code that fetches the assignment (a chunk of its own),
// which hands it to the catalogue.
export const assignmentFetch = {
  assignmentSrcInvalid: 'The assignment address must be an https address.',
  assignmentSrcRefused: 'The assignment could not be loaded (the server answered {details}).',
  assignmentSrcOrigin: 'The assignment address ({details}) must be on the endpoint’s site or one allowed for it.',
} as const;
