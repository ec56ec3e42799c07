// The review panel's pure logic: parsing, the "since" brief, summaries, filters, export.
// DOM-free, so a host can also run it on a server (e.g. to export without a browser).
export * from './review-item.js';
export * from './entries-response.js';
export * from './parse-items.js';
export * from './filters.js';
export * from './since-brief.js';
export * from './thought-record-summary.js';
export * from './experiment-summary.js';
export * from './mood-summary.js';
export * from './engagement-summary.js';
export * from './review-summary.js';
export * from './export.js';
