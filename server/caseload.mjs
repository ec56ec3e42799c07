// What the caseload and a client's own list say about each assignment, from counts and dates
// only: open, overdue (from the day after its due date) or done (as many entries as the
// clinician asked for). Pure, so the rule is tested apart from the routes.

/**
 * @typedef {'open' | 'overdue' | 'done'} AssignmentState
 */

/**
 * @typedef {object} AssignmentProgress  one assignment given to a client, as both lists show it
 * @property {string} id
 * @property {string} exercise
 * @property {string | null} title
 * @property {string | null} dueDate   as the clinician wrote it (YYYY-MM-DD or a date-time)
 * @property {number} times            entries asked for (1 unless the assignment repeats)
 * @property {number} done             entries received for it, at most `times`
 * @property {AssignmentState} state
 * @property {string | null} lastEntryAt
 */

/**
 * The calendar date of an instant in the server's time zone (the practice's, TZ): the day
 * the clinician and client live in, which is what a due date names.
 * @param {number} epochMs
 */
export function calendarDate(epochMs) {
  const day = new Date(epochMs);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/**
 * @param {{ dueDate: string | null, times: number, done: number }} assignment
 * @param {string} today  YYYY-MM-DD
 * @returns {AssignmentState}
 */
export function assignmentState({ dueDate, times, done }, today) {
  if (done >= times) return 'done';
  // A date-time due date counts by the date written in it; the whole due day is still open.
  if (dueDate && /^\d{4}-\d{2}-\d{2}/.test(dueDate) && today > dueDate.slice(0, 10)) return 'overdue';
  return 'open';
}

/**
 * Each assignment of one client with what came back for it, open ones first (overdue, then
 * by due date), done ones last.
 * @param {import('./store/clients.mjs').GivenAssignment[]} given
 * @param {import('./store/clients.mjs').Progress[]} progress  that client's
 * @param {string} today
 * @returns {AssignmentProgress[]}
 */
export function progressOf(given, progress, today) {
  const received = new Map(progress.map((row) => [row.assignmentId, row]));
  const rows = given.map((row) => {
    const body = /** @type {Record<string, unknown>} */ (JSON.parse(row.body));
    const times = Number.isInteger(body.times) && /** @type {number} */ (body.times) > 0 ? Number(body.times) : 1;
    const came = received.get(row.id);
    const done = Math.min(times, came?.entries ?? 0);
    const dueDate = typeof body.dueDate === 'string' && body.dueDate ? body.dueDate : null;
    return {
      id: row.id,
      exercise: String(body.exercise),
      title: typeof body.title === 'string' && body.title.trim() ? body.title : null,
      dueDate,
      times,
      done,
      state: assignmentState({ dueDate, times, done }, today),
      lastEntryAt: came?.lastReceivedMs == null ? null : new Date(came.lastReceivedMs).toISOString(),
    };
  });
  const rank = { overdue: 0, open: 1, done: 2 };
  return rows.sort((a, b) => rank[a.state] - rank[b.state] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/**
 * The newest entry time among a client's progress rows (any assignment or none), or null.
 * @param {import('./store/clients.mjs').Progress[]} progress
 */
export function lastEntryAt(progress) {
  const times = progress.map((row) => row.lastReceivedMs).filter((ms) => ms !== null);
  return times.length ? new Date(Math.max(...times)).toISOString() : null;
}
