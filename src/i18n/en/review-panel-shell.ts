// English messages of the review panel's shell: what it shows before its views and the
// schemas have arrived (fetching, loading and error states). A file of its own so the
// element's first load carries only these; the rest are in review-panel.ts.

/** What the panel shows before its views and the schemas have arrived. */
export const reviewPanelShell = {
  'rp.title': 'Homework review',
  'rp.noSource': 'No entries to show: set the src attribute or the entries property.',
  'rp.loading': 'Loading entries…',
  'rp.reading': 'Reading entries: {done} of {total} checked. Summaries follow when all are read.',
  'rp.retry': 'Try again',
  'rp.config': 'The panel is not set up correctly: {problem}',
  'rp.error.network': 'The entries could not be loaded: the server could not be reached.',
  'rp.error.timeout': 'The entries could not be loaded: the server took too long to answer.',
  'rp.error.auth': 'The entries could not be loaded: please sign in again.',
  'rp.error.status': 'The entries could not be loaded: the server answered {status}.',
  'rp.error.format': 'The server’s answer is not a list of entries.',
  'rp.error.redirect':
    'The entries could not be loaded: the server answered with a redirect, which the panel does not follow.',
  'rp.srcOrigin': '{origin} is neither this page’s site nor in allowed-origins, so nothing was asked.',
} as const;
