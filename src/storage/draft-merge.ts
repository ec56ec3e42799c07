// A saved draft meeting what the client typed while it was being read: the form shows at
// once, so a field may hold new words before the saved ones arrive. Per field (the data's
// top-level keys): what the client filled in wins, the draft fills the rest, and saved text
// that was typed over is kept aside to be offered back. Pure; loaded with the form's parts.

export interface MergedDraft {
  data: Record<string, unknown>;
  /** Saved values the client's typing replaced, by field; undefined when none. */
  replaced?: Record<string, unknown>;
  /** The client changed something before the draft arrived (so it is saved again). */
  typedEarly: boolean;
}

/** Values of a form's data are JSON-shaped: equal when their JSON is. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function mergeDraft(
  typed: Record<string, unknown>,
  saved: Record<string, unknown> | null,
  empty: Record<string, unknown>,
): MergedDraft {
  const filledIn = Object.keys(typed).filter((field) => !same(typed[field], empty[field]));
  if (!saved) return { data: typed, typedEarly: filledIn.length > 0 };
  const data = { ...saved };
  const replaced: Record<string, unknown> = {};
  for (const field of filledIn) {
    if (!same(saved[field], empty[field]) && !same(saved[field], typed[field])) replaced[field] = saved[field];
    data[field] = typed[field];
  }
  return {
    data,
    replaced: Object.keys(replaced).length ? replaced : undefined,
    typedEarly: filledIn.length > 0,
  };
}
