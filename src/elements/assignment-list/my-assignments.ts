// What a client's own list shows, read from their link's GET (the server's
// /api/my/assignments): each assignment's state, due date and the clinician's note. Anything
// else in the answer is ignored; anything malformed is left out, never guessed. Pure.
import type { Exercise } from '../../core/assignment-kinds.js';

export type AssignmentState = 'open' | 'overdue' | 'done';

export interface MyAssignment {
  id: string;
  exercise: Exercise;
  title: string | null;
  note: string | null;
  dueDate: string | null;
  times: number;
  done: number;
  state: AssignmentState;
}

export interface MyAssignments {
  assignments: MyAssignment[];
  /** The client's preferred language, when the clinician set one. */
  language: string | null;
}

const EXERCISES: readonly string[] = ['thought-record', 'mood-tracker', 'behavioural-experiment'];
const STATES: readonly string[] = ['open', 'overdue', 'done'];
/** The most a list shows; a longer answer is cut, not trusted. */
const MAX_ASSIGNMENTS = 200;

export function readMyAssignments(body: unknown): MyAssignments | null {
  if (typeof body !== 'object' || body === null) return null;
  const { assignments, language } = body as Record<string, unknown>;
  if (!Array.isArray(assignments)) return null;
  return {
    assignments: assignments.slice(0, MAX_ASSIGNMENTS).flatMap((item) => {
      const one = readOne(item);
      return one ? [one] : [];
    }),
    language: typeof language === 'string' && language.length <= 35 ? language : null,
  };
}

function readOne(item: unknown): MyAssignment | null {
  if (typeof item !== 'object' || item === null) return null;
  const a = item as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : null);
  const times = count(a.times);
  const done = count(a.done);
  if (typeof a.id !== 'string' || !a.id || !EXERCISES.includes(a.exercise as string)) return null;
  if (!STATES.includes(a.state as string) || !times || done === null) return null;
  return {
    id: a.id,
    exercise: a.exercise as Exercise,
    title: text(a.title),
    note: text(a.note),
    dueDate: text(a.dueDate),
    times,
    done: Math.min(done, times),
    state: a.state as AssignmentState,
  };
}

/** Open ones (overdue first, then by due date), then done ones: the order the list shows. */
export function splitByState(assignments: readonly MyAssignment[]) {
  const due = (a: MyAssignment) => a.dueDate ?? '9999';
  const open = assignments
    .filter((a) => a.state !== 'done')
    .sort((x, y) => Number(y.state === 'overdue') - Number(x.state === 'overdue') || due(x).localeCompare(due(y)));
  return { open, done: assignments.filter((a) => a.state === 'done') };
}
