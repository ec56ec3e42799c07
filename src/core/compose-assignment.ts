// The composer's form as plain data, and the way between it and an Assignment: what the
// clinician typed becomes only the fields that say something (empty means "default").
// Also the embed snippet and the client link. Pure and DOM-free.
import type { Assignment, Exercise, Framing } from './assignment.js';

export type Size = 'quick' | 'standard' | 'full';
const SIZE_COLUMNS = { quick: 3, standard: 5, full: 7 } as const;

export interface ComposerForm {
  id: string;
  exercise: Exercise;
  title: string;
  instructions: string;
  note: string;
  /** YYYY-MM-DD or '' */
  dueDate: string;
  /** How many entries are asked for, as typed: '' or '1' mean once. */
  times: string;
  size: Size;
  /** '' = the language of the client's page */
  locale: string;
  framing: Framing | '';
  /** Reworded messages, by key; only what differs from the default. */
  wording: Record<string, string>;
  /** One word per line; empty = the default list. */
  emotions: string;
  scale: '0-10' | '0-100' | 'valence';
  /** The mood at or below which the crisis help comes forward, as typed; '' = the lowest step. */
  helpAtOrBelow: string;
  showDistortions: boolean;
  /** One label per line; empty = Burns's ten. */
  distortions: string;
  allowPlanOnly: boolean;
  variant: string;
  hints: boolean;
  reminders: boolean;
}

export function emptyForm(id: string, exercise: Exercise = 'thought-record'): ComposerForm {
  return {
    id,
    exercise,
    title: '',
    instructions: '',
    note: '',
    dueDate: '',
    times: '',
    size: 'full',
    locale: '',
    framing: '',
    wording: {},
    emotions: '',
    scale: '0-10',
    helpAtOrBelow: '',
    showDistortions: true,
    distortions: '',
    allowPlanOnly: false,
    variant: '',
    hints: true,
    reminders: true,
  };
}

/** An existing assignment back into the form (to edit it, or to duplicate it with a new id). */
export function formFromAssignment(a: Assignment): ComposerForm {
  const columns = a.columns ?? (a.size ? SIZE_COLUMNS[a.size] : 7);
  const size = (Object.keys(SIZE_COLUMNS) as Size[]).find((s) => SIZE_COLUMNS[s] === columns) ?? 'full';
  return {
    ...emptyForm(a.id, a.exercise),
    title: a.title ?? '',
    instructions: a.instructions ?? '',
    note: a.note ?? '',
    dueDate: a.dueDate ?? '',
    times: a.times && a.times > 1 ? String(a.times) : '',
    size: a.exercise === 'thought-record' ? size : (a.size ?? 'full'),
    locale: a.locale ?? '',
    framing: a.framing ?? '',
    wording: { ...a.overrides },
    emotions: (a.emotions ?? []).join('\n'),
    scale: a.scale ?? '0-10',
    helpAtOrBelow: a.helpAtOrBelow === undefined ? '' : String(a.helpAtOrBelow),
    showDistortions: a.showDistortions !== false,
    distortions: (a.distortions ?? []).join('\n'),
    allowPlanOnly: a.allowPlanOnly === true,
    variant: a.variant ?? '',
    hints: a.features?.hints !== false,
    reminders: a.features?.reminders !== false,
  };
}

/**
 * The assignment the form describes, not yet validated (parseAssignment does that).
 * `adaptable` are the message keys that belong to this exercise and framing: rewording of
 * another exercise (the clinician switched) is left out rather than sent along.
 */
export function assignmentFromForm(form: ComposerForm, adaptable: readonly string[]): Assignment {
  const trimmed = (text: string) => text.trim() || undefined;
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const overrides = Object.fromEntries(
    adaptable.filter((key) => form.wording[key]?.trim()).map((key) => [key, form.wording[key]]),
  );
  const emotions = lines(form.emotions);
  const distortions = lines(form.distortions);
  const a: Assignment = {
    id: form.id,
    exercise: form.exercise,
    title: trimmed(form.title),
    instructions: trimmed(form.instructions),
    note: trimmed(form.note),
    dueDate: trimmed(form.dueDate),
    // Anything but a whole number is sent as typed, so the schema says what is wrong.
    times: form.times.trim() === '' || form.times.trim() === '1' ? undefined : Number(form.times),
    locale: form.locale || undefined,
    framing: form.framing || undefined,
    overrides: Object.keys(overrides).length ? overrides : undefined,
    variant: trimmed(form.variant),
    features: form.hints && form.reminders ? undefined : { hints: form.hints, reminders: form.reminders },
  };
  if (form.exercise === 'thought-record') {
    a.size = form.size;
    a.columns = SIZE_COLUMNS[form.size];
    a.showDistortions = form.showDistortions;
    if (form.showDistortions && distortions.length) a.distortions = distortions;
  }
  if (form.exercise === 'mood-tracker') {
    a.scale = form.scale;
    if (emotions.length) a.emotions = emotions;
    // Only a step of this scale above its lowest says something: the lowest is the default
    // and the floor (a lower value could not switch the help off anyway).
    const threshold = Number(form.helpAtOrBelow);
    if (form.helpAtOrBelow !== '' && helpSteps(form.scale).includes(threshold)) a.helpAtOrBelow = threshold;
  }
  if (form.exercise === 'behavioural-experiment' && form.allowPlanOnly) a.allowPlanOnly = true;
  return Object.fromEntries(Object.entries(a).filter(([, value]) => value !== undefined)) as Assignment;
}

/**
 * The moods a clinician may choose as the crisis help's threshold on `scale`, lowest
 * (the default) first, up to the middle of the scale.
 */
export function helpSteps(scale: ComposerForm['scale']): number[] {
  if (scale === 'valence') return [-3, -2, -1, 0];
  const step = scale === '0-100' ? 10 : 1;
  return Array.from({ length: 6 }, (_, i) => i * step);
}

/** HTML a practice pastes into the client's page. Attribute values are escaped. */
export function embedSnippet(exercise: Exercise, src: string, entriesEndpoint?: string): string {
  const attribute = (name: string, value: string) =>
    ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  const endpoint = entriesEndpoint ? attribute('endpoint', entriesEndpoint) : '';
  return `<hw-${exercise}${endpoint}${attribute('assignment-src', src)}></hw-${exercise}>`;
}

/** A link to the host's client page, which passes `assignment-src` on to the widget. */
export function clientLink(clientPage: string, base: string, src: string, exercise: Exercise): string {
  const url = new URL(clientPage, base);
  url.searchParams.set('exercise', exercise);
  url.searchParams.set('assignment-src', src);
  return url.href;
}
