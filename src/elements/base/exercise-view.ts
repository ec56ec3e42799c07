// Parts of a widget's screen that depend only on what they are given: the clinician's
// assignment above the form, and the configuration error in place of the form.
import { html, nothing } from 'lit';
import type { Assignment } from '../../core/assignment.js';
import type { Localizer } from '../../i18n/catalogue.js';

export function renderAssignment(t: Localizer, a: Assignment) {
  return html`<div class="assignment" part="assignment">
    ${a.framing ? html`<p class="framing">${t.t(`framing.${a.framing}`)}</p>` : nothing}
    ${a.instructions ? html`<p>${a.instructions}</p>` : nothing}
    ${a.dueDate ? html`<p class="muted">${t.t('assignment.due', { date: formatDue(t, a.dueDate) })}</p>` : nothing}
    ${
      a.note
        ? html`<div class="note">
            <p class="muted">${t.t('assignment.note')}</p>
            <p>${a.note}</p>
          </div>`
        : nothing
    }
  </div>`;
}

export function renderConfigError(t: Localizer, problems: string[]) {
  return html`<div class="alert" role="alert" part="error">
    <p><strong>${t.t('config.title')}</strong></p>
    <ul>
      ${problems.map((problem) => {
        const [key, details] = splitProblem(problem);
        return html`<li>${t.t(key, { details, exercise: details })}</li>`;
      })}
    </ul>
    <p>${t.t('config.help')}</p>
  </div>`;
}

/** Problems carry details after a colon: "assignmentInvalid:title: too long". */
function splitProblem(problem: string): [string, string] {
  const colon = problem.indexOf(':');
  return colon < 0 ? [problem, ''] : [problem.slice(0, colon), problem.slice(colon + 1)];
}

function formatDue(t: Localizer, due: string): string {
  const parsed = Date.parse(due);
  return Number.isNaN(parsed) ? due : t.date(parsed);
}
