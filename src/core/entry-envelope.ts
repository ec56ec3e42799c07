// The entry a widget submits, put together from its draft, its data and the engagement
// measured while the client worked. Pure: no element, no clock but the one handed in.
import type { Exercise } from './assignment.js';
import type { SelfReview } from './engagement-schema.js';
import type { Entry } from './entry.js';

export interface EnvelopeParts {
  draft: { entryId: string; assignmentId: string | null; createdAt: string; updatedAt: string };
  exercise: Exercise;
  schema: string;
  subject: string | null;
  locale: string;
  completedAt: string;
  data: unknown;
  engagement: { activeMs: number; sittings: number; edits: number };
  fields: { filled: number; offered: number };
  selfReview: SelfReview;
  /** The assignment's variant label, copied into the entry and its engagement (research). */
  variant?: string;
}

/** Handed to a widget's buildEntry by the submit code, so the first load need not carry it. */
export type Envelope = (parts: EnvelopeParts) => Entry;

export function entryEnvelope(p: EnvelopeParts): Entry {
  const { draft, engagement, variant } = p;
  const labelled = variant ? { variant } : {};
  return {
    id: draft.entryId,
    exercise: p.exercise,
    schema: p.schema,
    assignmentId: draft.assignmentId,
    subject: p.subject,
    status: 'completed',
    locale: p.locale,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    completedAt: p.completedAt,
    data: p.data,
    engagement: {
      activeSeconds: Math.round(engagement.activeMs / 1000),
      sittings: engagement.sittings,
      edits: engagement.edits,
      fieldsFilled: p.fields.filled,
      fieldsOffered: p.fields.offered,
      selfReview: p.selfReview,
      ...labelled,
    },
    ...labelled,
  } as Entry;
}
