// Building blocks shared by every exercise schema, so limits are the same everywhere.
import * as z from 'zod/mini';
import { _isoDateTime } from 'zod/v4/core';
import { MAX_FIELD_LENGTH } from './text.js';

/** Free text a client or clinician typed. */
export const text = () => z.string().check(z.maxLength(MAX_FIELD_LENGTH));

/**
 * "Please look at this": the client marked the entry for their clinician's next review. Only
 * `true` or absent, never interpreted; every exercise has it.
 */
export const flagged = () => z.optional(z.literal(true));

/**
 * A short label: a mood word, an emotion, a distortion name. The limit is MAX_LABEL_LENGTH
 * (text.ts) written out (importing it grew the review panel's first load); the FHIR tests
 * check the Questionnaires' maxLength against this schema.
 */
export const label = () => z.string().check(z.maxLength(200));

/** An integer rating 0..max (0-100 intensities, 0-4 self-ratings). */
export const rating = (max: number) => z.int().check(z.gte(0), z.lte(max));

/**
 * ISO 8601 timestamp with an offset, as entries carry them. This is `z.iso.datetime`
 * spelled out: touching the `z.iso` namespace makes esbuild emit its `__export` runtime in
 * a chunk of its own that every element's first load then imports (~120 B gzip each).
 */
export const timestamp = () => _isoDateTime(z.ZodMiniISODateTime, { offset: true });

/** A short opaque id: entry ids, assignment ids, item ids. */
export const id = () => z.string().check(z.minLength(1), z.maxLength(200));
