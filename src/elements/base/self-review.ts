// The short self-review that ends every exercise: three one-tap ratings, obstacles met,
// and one line of what the client takes from it. Every part is optional.
import { html } from 'lit';
import type { SelfReview } from '../../core/engagement-schema.js';
import { OBSTACLES } from '../../core/self-review.js';
import { clientText } from '../../core/text.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { checkboxGroup, radioScale, textField, toggled } from '../fields/fields.js';

const RATINGS = ['effort', 'usefulness', 'difficulty'] as const;

/**
 * `update` receives a function of the current review, so several changes between two
 * renders (fast clicks) all count.
 */
export function renderSelfReview(
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
  return html`<fieldset class="step" part="step">
    <legend>${t.t('review.legend')}</legend>
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
  </fieldset>`;
}
