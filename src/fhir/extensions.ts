// The two extensions on every response, for what a Questionnaire has no item for:
//   .../StructureDefinition/entry       assignmentId, locale, variant, createdAt, updatedAt
//   .../StructureDefinition/engagement  activeSeconds, sittings, edits, fieldsFilled,
//       fieldsOffered, effort, usefulness, difficulty (0-4), obstacle (repeats), reflection, variant
import type { Engagement, SelfReview } from '../core/engagement-schema.js';
import type { Entry } from '../core/entry.js';
import { codeSystems, obstacleDisplay } from './exercise-fields.js';
import { fhirString } from './fhir-text.js';
import type { Extension } from './types.js';
import { ENGAGEMENT_EXTENSION, ENTRY_EXTENSION } from './urls.js';

const COUNTERS = ['activeSeconds', 'sittings', 'edits', 'fieldsFilled', 'fieldsOffered'] as const;
const SELF_RATINGS = ['effort', 'usefulness', 'difficulty'] as const;

function text(url: string, value: string | null | undefined): Extension[] {
  const cleaned = value === null || value === undefined ? undefined : fhirString(value);
  return cleaned === undefined ? [] : [{ url, valueString: cleaned }];
}

export function writeEntryExtension(entry: Entry): Extension {
  return {
    url: ENTRY_EXTENSION,
    extension: [
      ...text('assignmentId', entry.assignmentId),
      { url: 'locale', valueCode: entry.locale },
      ...text('variant', entry.variant),
      { url: 'createdAt', valueDateTime: entry.createdAt },
      { url: 'updatedAt', valueDateTime: entry.updatedAt },
    ],
  };
}

/** `displays`: whether obstacle codings carry their (English) display; see response-items.ts Words. */
export function writeEngagement(engagement: Engagement, displays = true): Extension {
  const review = engagement.selfReview;
  return {
    url: ENGAGEMENT_EXTENSION,
    extension: [
      ...COUNTERS.map((url) => ({ url, valueInteger: engagement[url] })),
      ...SELF_RATINGS.flatMap((url) => (review[url] === undefined ? [] : [{ url, valueInteger: review[url] }])),
      ...review.obstacles.map((code) => ({
        url: 'obstacle',
        valueCoding: { system: codeSystems.obstacle, code, ...(displays ? { display: obstacleDisplay(code) } : {}) },
      })),
      ...text('reflection', review.reflection),
      ...text('variant', engagement.variant),
    ],
  };
}

function parts(extensions: unknown, url: string, problems: string[]): Extension[] {
  const found = Array.isArray(extensions) ? (extensions as Extension[]).filter((e) => e?.url === url) : [];
  if (found.length !== 1) {
    problems.push(`extension ${url}: expected exactly one`);
    return [];
  }
  return Array.isArray(found[0].extension) ? found[0].extension : [];
}

const first = (all: Extension[], url: string) => all.find((e) => e?.url === url);

/** Whether a response carries the extension at all (other renderers write none). */
export const hasExtension = (extensions: unknown, url: string) =>
  Array.isArray(extensions) && (extensions as Extension[]).some((e) => e?.url === url);

export function readEntryExtension(extensions: unknown, problems: string[]) {
  const all = parts(extensions, ENTRY_EXTENSION, problems);
  const variant = first(all, 'variant')?.valueString;
  return {
    assignmentId: first(all, 'assignmentId')?.valueString ?? null,
    locale: first(all, 'locale')?.valueCode,
    createdAt: first(all, 'createdAt')?.valueDateTime,
    updatedAt: first(all, 'updatedAt')?.valueDateTime,
    ...(variant === undefined ? {} : { variant }),
  };
}

export function readEngagement(extensions: unknown, problems: string[]): unknown {
  const all = parts(extensions, ENGAGEMENT_EXTENSION, problems);
  const selfReview: Partial<SelfReview> = {
    obstacles: all
      .filter((e) => e?.url === 'obstacle')
      .map((e) =>
        e.valueCoding?.system === codeSystems.obstacle ? e.valueCoding.code : undefined,
      ) as SelfReview['obstacles'],
    reflection: first(all, 'reflection')?.valueString ?? '',
  };
  for (const url of SELF_RATINGS) {
    const value = first(all, url)?.valueInteger;
    if (value !== undefined) selfReview[url] = value;
  }
  const variant = first(all, 'variant')?.valueString;
  return {
    ...Object.fromEntries(COUNTERS.map((url) => [url, first(all, url)?.valueInteger])),
    selfReview,
    ...(variant === undefined ? {} : { variant }),
  };
}
