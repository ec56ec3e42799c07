// The mood check-in's form, from what it is given: the overall mood (with the crisis help it
// may bring forward), when, the optional parts folded until opened, a note; and the short
// look back that closes it. The element keeps the data and passes it in with its changes.
import { html, nothing, type TemplateResult } from 'lit';
import { isoWithOffset, now } from '../../core/clock.js';
import type { ResolvedCrisisHelp } from '../../core/crisis-help.js';
import type { SelfReview } from '../../core/engagement-schema.js';
import { clientText } from '../../core/text.js';
import { DEFAULT_EMOTIONS, SCALE_RANGE, type MoodCheckInDraft, type MoodScale } from '../../exercises/mood-tracker.js';
import { type CheckInPart } from '../../exercises/mood-check-in-draft.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { renderCrisisForward } from '../base/crisis-help.js';
import type { SubmittedLine } from '../base/form-parts.js';
import { checkboxGroup, radioScale, slider, textField, tooLongNote } from '../fields/fields.js';

/** The folded parts: the optional ones, and the look back. */
export type Fold = CheckInPart | 'review';

/** Which parts are open, and what to do when the client opens or closes one. */
export interface Folds {
  expanded: ReadonlySet<Fold>;
  onToggle: (fold: Fold, open: boolean) => void;
}

export interface CheckInView extends Folds {
  t: Localizer;
  /** The check-in as it is now: read again in every change (two may come before a render). */
  data: () => MoodCheckInDraft;
  scale: MoodScale;
  /** The clinician's emotion words (shown as written); absent: the default ones, translated. */
  emotions?: readonly string[];
  crisisHelp: ResolvedCrisisHelp;
  /** The current rating is low enough to bring the crisis help forward. */
  helpForward: boolean;
  patch: (patch: Partial<MoodCheckInDraft>) => void;
}

/** "7 out of 10". */
export function outOf(t: Localizer, value: number, max: number): string {
  return t.t('rating.valueText', { value: t.number(value), max: t.number(max) });
}

/** The default words are translated; a clinician's own words are shown as written. */
export function emotionName(t: Localizer, name: string, ownWords: boolean): string {
  return ownWords || !(DEFAULT_EMOTIONS as readonly string[]).includes(name) ? name : t.t(`mood.emotion.${name}`);
}

/** What the client rated, for the confirmation after a submit ("Anxious 8"). */
export function checkInLines({ mood, emotions }: MoodCheckInDraft, t: Localizer, ownWords: boolean): SubmittedLine[] {
  const value =
    mood &&
    (mood.scale === 'valence' ? t.t(`mood.valence.${mood.value}`) : outOf(t, mood.value, SCALE_RANGE[mood.scale][1]));
  return [
    { name: t.t('submitted.mood'), before: value },
    ...emotions.map((emotion) => ({ name: emotionName(t, emotion.name, ownWords), before: emotion.intensity })),
  ];
}

function fold(folds: Folds, part: Fold, summary: string, body: TemplateResult) {
  return html`<details
    class="step"
    part="step"
    ?open=${folds.expanded.has(part)}
    @toggle=${(event: Event) => folds.onToggle(part, (event.target as HTMLDetailsElement).open)}
  >
    <summary>${summary}</summary>
    ${body}
  </details>`;
}

export function renderCheckIn(v: CheckInView): TemplateResult {
  const { t, patch } = v;
  const data = v.data();
  const notRated = t.t('rating.notRated');
  const outOf10 = (value: number) => outOf(t, value, 10);
  const name = (emotion: string) => emotionName(t, emotion, !!v.emotions);
  const activity = data.activity;
  const setActivity = (change: Partial<NonNullable<MoodCheckInDraft['activity']>>) =>
    patch({ activity: { name: '', ...v.data().activity, ...change } });
  const text = (id: string, key: 'doing' | 'withWhom' | 'trigger') =>
    textField({
      id,
      label: t.t(`mood.${key}`),
      value: data[key],
      onInput: (value) => patch({ [key]: clientText(value) }),
    });
  return html`<p class="muted">${t.t('mood.intro')}</p>
    <div class="step" part="step">
      ${renderMood(v)} ${renderCrisisForward(v.crisisHelp, v.helpForward)} ${renderWhen(t, data.at, patch)}
    </div>
    ${fold(
      v,
      'emotions',
      t.t('mood.emotions'),
      html`${checkboxGroup({
        legend: t.t('mood.emotions.legend'),
        options: (v.emotions ?? DEFAULT_EMOTIONS).map((value) => ({ value, label: name(value) })),
        selected: data.emotions.map((emotion) => emotion.name),
        onToggle: (emotion, checked) => {
          const others = v.data().emotions.filter((e) => e.name !== emotion);
          patch({ emotions: checked ? [...others, { name: emotion }] : others });
        },
      })}
      ${data.emotions.map((emotion, index) =>
        slider({
          id: `emotion-${index}`,
          label: t.t('mood.emotions.intensity', { emotion: name(emotion.name) }),
          value: emotion.intensity,
          max: 10,
          valueText: outOf10,
          notRatedText: notRated,
          rateText: t.t('rating.rate'),
          onInput: (intensity) =>
            patch({ emotions: v.data().emotions.map((e) => (e.name === emotion.name ? { ...e, intensity } : e)) }),
        }),
      )}`,
    )}
    ${fold(
      v,
      'context',
      t.t('mood.context'),
      html`${text('doing', 'doing')} ${text('with-whom', 'withWhom')} ${text('trigger', 'trigger')}`,
    )}
    ${fold(
      v,
      'sleep',
      t.t('mood.sleep'),
      html`${slider({
        id: 'sleep-hours',
        label: t.t('mood.sleep.hours'),
        // In half hours, so a single step of the slider is half an hour.
        value: data.sleep?.hours === undefined ? undefined : data.sleep.hours * 2,
        max: 32,
        valueText: (halves) => t.plural('mood.sleep.hoursText', halves / 2, { hours: t.number(halves / 2) }),
        notRatedText: notRated,
        // Hours are not a rating: the button says what it opens.
        rateText: t.t('mood.sleep.hours.set'),
        onInput: (halves) => patch({ sleep: { ...v.data().sleep, hours: halves / 2 } }),
      })}
      ${radioScale({
        name: 'sleep-quality',
        legend: t.t('mood.sleep.quality'),
        choices: fivePoints(t, 'mood.sleep.0', 'mood.sleep.4'),
        value: data.sleep?.quality,
        onChange: (quality) => patch({ sleep: { ...v.data().sleep, quality } }),
      })}`,
    )}
    ${fold(
      v,
      'activity',
      t.t('mood.activity'),
      html`${textField({
        id: 'activity',
        label: t.t('mood.activity.name'),
        value: activity?.name ?? '',
        onInput: (value) => setActivity({ name: clientText(value, 200) }),
      })}
      ${(['mastery', 'pleasure'] as const).map((key) =>
        slider({
          id: `activity-${key}`,
          label: t.t(`mood.activity.${key}`),
          value: activity?.[key],
          max: 10,
          valueText: outOf10,
          notRatedText: notRated,
          rateText: t.t('rating.rate'),
          onInput: (value) => setActivity({ [key]: value }),
        }),
      )}`,
    )}
    <div class="step" part="step">
      ${textField({
        id: 'note',
        label: t.t('mood.note'),
        value: data.note,
        multiline: true,
        tooLongMessage: tooLongNote(t),
        onInput: (note) => patch({ note: clientText(note) }),
      })}
    </div>`;
}

function renderMood({ t, data, scale, patch }: CheckInView) {
  const mood = data().mood;
  const value = mood?.scale === scale ? mood.value : undefined;
  const choose = (chosen: number) => patch({ mood: { value: chosen, scale } });
  if (scale === 'valence') {
    return radioScale({
      name: 'mood',
      legend: t.t('mood.valence'),
      choices: [-3, -2, -1, 0, 1, 2, 3].map((step) => ({ value: step, label: t.t(`mood.valence.${step}`) })),
      value,
      onChange: choose,
    });
  }
  const max = SCALE_RANGE[scale][1];
  return slider({
    id: 'mood',
    label: t.t('mood.rate', { max: t.number(max) }),
    value,
    max,
    valueText: (chosen) => outOf(t, chosen, max),
    notRatedText: t.t('rating.notRated'),
    rateText: t.t('rating.rate'),
    onInput: choose,
  });
}

/**
 * When it happened: two named choices, not a rating. "Now" is what an entry without `at`
 * means (its time is the moment of submitting), so showing it chosen adds nothing to the
 * data; only "Earlier" writes a time.
 */
function renderWhen(t: Localizer, at: string | undefined, patch: CheckInView['patch']) {
  return html`${radioScale({
    name: 'when',
    legend: t.t('mood.when'),
    choices: [
      { value: 'now', label: t.t('mood.now') },
      { value: 'earlier', label: t.t('mood.earlier') },
    ],
    value: at ? 'earlier' : 'now',
    // "Earlier" starts at this minute, so the client only moves it back.
    onChange: (when) => patch({ at: when === 'earlier' ? isoWithOffset(now() - (now() % 60_000)) : undefined }),
  })}
  ${
    at
      ? html`<div class="field">
          <label for="mood-at">${t.t('mood.at')}</label>
          <input
            id="mood-at"
            type="datetime-local"
            max=${isoWithOffset().slice(0, 16)}
            .value=${at.slice(0, 16)}
            @input=${(event: Event) => {
              // A half-typed date reads as empty: keep the last complete one.
              const chosen = Date.parse((event.target as HTMLInputElement).value);
              if (!Number.isNaN(chosen)) patch({ at: isoWithOffset(chosen) });
            }}
          />
        </div>`
      : nothing
  }`;
}

/** A short look back, folded away: usefulness and one line. Optional like everything here. */
export function renderLookingBack(
  t: Localizer,
  current: () => SelfReview,
  folds: Folds,
  change: (next: SelfReview) => void,
): TemplateResult {
  const review = current();
  return fold(
    folds,
    'review',
    t.t('review.legend'),
    html`${radioScale({
      name: 'review-usefulness',
      legend: t.t('review.usefulness'),
      choices: fivePoints(t, 'review.scale.0', 'review.scale.4'),
      value: review.usefulness,
      onChange: (usefulness) => change({ ...current(), usefulness }),
    })}
    ${textField({
      id: 'review-reflection',
      label: t.t('review.reflection'),
      value: review.reflection,
      onInput: (reflection) => change({ ...current(), reflection: clientText(reflection) }),
    })}`,
  );
}

/** 0..4 with words at the ends: "0 Very badly", 1, 2, 3, "4 Very well". */
function fivePoints(t: Localizer, lowKey: string, highKey: string) {
  return [0, 1, 2, 3, 4].map((value) => ({
    value,
    label:
      value === 0 ? `${t.number(0)} ${t.t(lowKey)}` : value === 4 ? `${t.number(4)} ${t.t(highKey)}` : t.number(value),
  }));
}
