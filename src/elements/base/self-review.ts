// The short self-review that ends every exercise: three one-tap ratings, obstacles met,
// and one line of what the client takes from it. Every part is optional. Part of the form
// parts (form-parts.ts): what it uses from the first load is handed over, not imported.
import type { SelfReview } from '../../core/engagement-schema.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { LitTools } from './form-parts.js';

const RATINGS = ['effort', 'usefulness', 'difficulty'] as const;

/** The self-review's template, made with the first load's lit and fields. */
export function selfReviewRenderer({ html, fields, OBSTACLES, clientText }: LitTools) {
  const { checkboxGroup, radioScale, textField, toggled } = fields;
  return renderSelfReview;

  /**
   * `update` receives a function of the current review, so several changes between two
   * renders (fast clicks) all count.
   */
  function renderSelfReview(
    t: Localizer,
    review: SelfReview,
    update: (change: (current: SelfReview) => SelfReview) => void,
  ) {
    const choices = [0, 1, 2, 3, 4].map((value) => ({
      value,
      label:
        value === 0
          ? `${t.number(0)} ${t.t('review.scale.0')}`
          : value === 4
            ? `${t.number(4)} ${t.t('review.scale.4')}`
            : t.number(value),
    }));
    // Folded until the client opens it (fifteen optional controls at the end of every
    // exercise are a lot at a hard moment), or open when a restored draft holds some of it.
    const started =
      RATINGS.some((rating) => review[rating] !== undefined) || !!review.obstacles.length || !!review.reflection;
    return html`<details class="step self-review" part="step" ?open=${started}>
      <summary id="self-review-title">${t.t('review.legend')}</summary>
      <fieldset aria-labelledby="self-review-title">
        ${RATINGS.map((rating) =>
          radioScale({
            name: `review-${rating}`,
            legend: t.t(`review.${rating}`),
            choices,
            value: review[rating],
            onChange: (value) => update((current) => ({ ...current, [rating]: value })),
          }),
        )}
        ${checkboxGroup({
          legend: t.t('review.obstacles'),
          options: OBSTACLES.map((value) => ({ value, label: t.t(`obstacle.${value}`) })),
          selected: review.obstacles,
          onToggle: (value, checked) =>
            update((current) => ({
              ...current,
              obstacles: toggled(current.obstacles, value as SelfReview['obstacles'][number], checked),
            })),
        })}
        ${textField({
          id: 'review-reflection',
          label: t.t('review.reflection'),
          value: review.reflection,
          onInput: (reflection) => update((current) => ({ ...current, reflection: clientText(reflection) })),
        })}
      </fieldset>
    </details>`;
  }
}
