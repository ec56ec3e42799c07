// Building blocks shared by every exercise schema, so limits are the same everywhere.
import * as z from 'zod/mini';
import { MAX_FIELD_LENGTH } from './text.js';

/** Free text a client or clinician typed. */
export const text = () => z.string().check(z.maxLength(MAX_FIELD_LENGTH));

/**
 * "Please look at this": the client marked the entry for their clinician's next review. Only
 * `true` or absent, never interpreted; every exercise has it.
 */
export const flagged = () => z.optional(z.literal(true));

/** A short label: a mood word, an emotion, a distortion name. */
export const label = () => z.string().check(z.maxLength(200));

/** An integer rating 0..max (0-100 intensities, 0-4 self-ratings). */
export const rating = (max: number) => z.int().check(z.gte(0), z.lte(max));

/** ISO 8601 timestamp with an offset, as entries carry them. */
export const timestamp = () => z.iso.datetime({ offset: true });

/** A short opaque id: entry ids, assignment ids, item ids. */
export const id = () => z.string().check(z.minLength(1), z.maxLength(200));
