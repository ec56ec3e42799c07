// The composer's wording section, in the words a clinician thinks in: each adaptable message
// is named by what it is on the client's screen ("Question the client answers", "Hint under
// the question") inside the step where the client meets it, the step named by its own
// heading as the client reads it. Derived from the message keys, so a message added to a
// widget lands in its step without a list to keep up. Pure, DOM-free.

/** What a message is on the client's screen. */
export type WordingRole =
  | 'intro'
  | 'heading'
  | 'prompt'
  | 'hint'
  | 'hintSurvey'
  | 'add'
  | 'remove'
  | 'choice'
  | 'scalePoint'
  | 'countText'
  | 'text';

export interface WordingField {
  key: string;
  role: WordingRole;
}

export interface WordingGroup {
  /** `framing`, `general`, or the step's key stem (`tr.situation`, `review`). */
  id: string;
  /** The message whose text names the step for the client; null for framing and general. */
  nameKey: string | null;
  fields: WordingField[];
}

/** Steps whose messages are spread over several stems. */
const SAME_STEP: Record<string, string> = {
  'mood.valence': 'mood.rate',
  'mood.missing': 'mood.rate',
  'mood.now': 'mood.when',
  'mood.earlier': 'mood.when',
  'mood.at': 'mood.when',
  'mood.doing': 'mood.context',
  'mood.withWhom': 'mood.context',
  'mood.trigger': 'mood.context',
  'be.safety': 'be.safetyBehaviours',
  'be.obstacle': 'be.obstacles',
};

function stepOf(key: string): string {
  const [first, second] = key.split('.');
  if (first === 'framing') return 'framing';
  if (first === 'review' || first === 'obstacle') return 'review';
  if (first === 'distortion') return 'tr.distortions';
  const stem = `${first}.${second}`;
  return SAME_STEP[stem] ?? stem;
}

function roleOf(key: string, nameKey: string | null): WordingRole {
  const parts = key.split('.');
  const last = parts[parts.length - 1];
  if (parts[0] === 'framing' || last === 'intro') return 'intro';
  if (last === 'label') return 'prompt';
  if (key === nameKey || last === 'legend') return 'heading';
  if (last === 'hint') return 'hint';
  if (last === 'survey' && parts[parts.length - 2] === 'hint') return 'hintSurvey';
  if (last === 'add') return 'add';
  if (last === 'remove') return 'remove';
  if (parts[0] === 'obstacle' || parts[0] === 'distortion' || key.startsWith('be.type.')) return 'choice';
  if (/^-?\d+$/.test(last)) return 'scalePoint';
  if (last === 'one' || last === 'other') return 'countText';
  return 'text';
}

/**
 * The keys (in the order the client meets them) grouped by step: the framing intro first,
 * then what belongs to no one step, then each step in order, the self-review last. A stem
 * with no heading of its own and a single message joins the general group.
 */
export function groupWording(keys: readonly string[]): WordingGroup[] {
  const present = new Set(keys);
  const steps = new Map<string, string[]>();
  for (const key of keys) {
    const step = stepOf(key);
    steps.set(step, [...(steps.get(step) ?? []), key]);
  }
  const general: string[] = [];
  const groups: WordingGroup[] = [];
  let framing: WordingGroup | undefined;
  let review: WordingGroup | undefined;
  for (const [step, stepKeys] of steps) {
    if (step === 'framing') {
      framing = { id: step, nameKey: null, fields: stepKeys.map((key) => ({ key, role: roleOf(key, null) })) };
      continue;
    }
    const nameKey = [`${step}.legend`, `${step}.label`, step].find((key) => present.has(key)) ?? null;
    if (!nameKey || (stepKeys.length === 1 && stepKeys[0] === nameKey && nameKey === step)) {
      general.push(...stepKeys);
      continue;
    }
    const group = { id: step, nameKey, fields: stepKeys.map((key) => ({ key, role: roleOf(key, nameKey) })) };
    if (step === 'review') review = group;
    else groups.push(group);
  }
  const generalGroup: WordingGroup = {
    id: 'general',
    nameKey: null,
    fields: general.map((key) => ({ key, role: roleOf(key, null) })),
  };
  return [framing, generalGroup.fields.length ? generalGroup : undefined, ...groups, review].filter(
    (group): group is WordingGroup => !!group,
  );
}
