// The caseload as the element shows it, read from the server's GET /api/caseload: each
// client's label, assignment states, last entry and flag count. Malformed rows are left out,
// never guessed; sorting is the clinician's choice. Pure.
import type { Exercise } from '../../core/assignment-kinds.js';
import { readMyAssignments, type MyAssignment } from '../assignment-list/my-assignments.js';

export interface CaseloadClient {
  id: string;
  /** The clinician's own label; null for a client made before labels (the id is shown). */
  label: string | null;
  language: string | null;
  /** YYYY-MM-DD of the last session, or null. */
  since: string | null;
  lastEntryAt: string | null;
  assignments: Array<Omit<MyAssignment, 'note'> & { exercise: Exercise }>;
  flags: { flagged: number; unchecked: number; checkedAll: boolean } | null;
}

export type CaseloadSort = 'label' | 'behind' | 'quiet' | 'flags';
export const CASELOAD_SORTS: readonly CaseloadSort[] = ['label', 'behind', 'quiet', 'flags'];

const MAX_CLIENTS = 2000;

export function readCaseload(body: unknown): CaseloadClient[] | null {
  const clients = (body as { clients?: unknown } | null)?.clients;
  if (!Array.isArray(clients)) return null;
  return clients.slice(0, MAX_CLIENTS).flatMap((row): CaseloadClient[] => {
    if (typeof row !== 'object' || row === null || typeof (row as { id?: unknown }).id !== 'string') return [];
    const r = row as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
    const flags = r.flags as Record<string, unknown> | undefined;
    const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);
    return [
      {
        id: r.id as string,
        label: text(r.label),
        language: text(r.language),
        since: text(r.since),
        lastEntryAt: text(r.lastEntryAt),
        assignments: readMyAssignments({ assignments: r.assignments })?.assignments ?? [],
        flags:
          flags && typeof flags === 'object'
            ? {
                flagged: count(flags.flagged),
                unchecked: count(flags.unchecked),
                checkedAll: flags.checkedAll === true,
              }
            : null,
      },
    ];
  });
}

export const nameOf = (client: CaseloadClient) => client.label ?? client.id;

export function countStates(client: CaseloadClient) {
  const counts = { overdue: 0, open: 0, done: 0 };
  for (const a of client.assignments) counts[a.state] += 1;
  return counts;
}

/** A new array in the chosen order; ties fall back to the name. */
export function sortCaseload(clients: readonly CaseloadClient[], by: CaseloadSort, locale: string): CaseloadClient[] {
  const byName = (x: CaseloadClient, y: CaseloadClient) =>
    nameOf(x).localeCompare(nameOf(y), locale, { sensitivity: 'base' });
  const compare: Record<CaseloadSort, (x: CaseloadClient, y: CaseloadClient) => number> = {
    label: () => 0,
    // Most overdue first, then most still open.
    behind: (x, y) => countStates(y).overdue - countStates(x).overdue || countStates(y).open - countStates(x).open,
    // Longest without an entry first; never sent anything counts as longest.
    quiet: (x, y) => (x.lastEntryAt ?? '').localeCompare(y.lastEntryAt ?? ''),
    flags: (x, y) => (y.flags?.flagged ?? 0) - (x.flags?.flagged ?? 0),
  };
  return [...clients].sort((x, y) => compare[by](x, y) || byName(x, y));
}
