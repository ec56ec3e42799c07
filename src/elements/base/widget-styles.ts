// Layout and control styles shared by the client widgets. Logical properties only, so
// right-to-left languages mirror without extra rules.
import { css } from 'lit';

export const widgetStyles = css`
  /* Only there to disable every control at once (native forms): no box of its own. */
  fieldset.form-body {
    display: contents;
  }
  .widget {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_padding);
    max-inline-size: 48rem;
  }
  h2,
  #title {
    margin-block: 0 var(--_space-2);
    font-size: 1.35em;
  }
  h3,
  legend {
    font-weight: 600;
    font-size: 1.05em;
    padding: 0;
  }
  .assignment {
    margin-block-end: var(--_space-3);
  }
  .assignment p {
    margin-block: var(--_space-1);
    white-space: pre-wrap;
  }
  .note {
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_primary);
    padding: var(--_space-2) var(--_space-3);
  }
  .step {
    border: none;
    border-block-start: 1px solid var(--_border);
    margin: 0;
    padding: var(--_space-3) 0;
  }
  /* A floated legend is laid out as ordinary content, not cut into the fieldset's border. */
  fieldset.step > legend {
    float: inline-start;
    inline-size: 100%;
    margin-block-end: var(--_space-1);
  }
  fieldset.step > legend + * {
    clear: both;
  }
  .step-number {
    color: var(--_muted);
    font-size: 0.875em;
    display: block;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    margin-block: var(--_space-2);
  }
  label {
    font-weight: 500;
  }
  .hint,
  .muted {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9375em;
  }
  input[type='text'],
  input[type='datetime-local'],
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_field-bg);
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2);
    inline-size: 100%;
    box-sizing: border-box;
  }
  textarea {
    resize: vertical;
    min-block-size: 4.5em;
  }
  input[type='range'] {
    inline-size: 100%;
    min-block-size: 24px;
    accent-color: var(--_primary);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .slider-row {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .unrated input[type='range'] {
    accent-color: var(--_muted);
  }
  .slider-row output {
    min-inline-size: 6em;
    color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset.scale,
  fieldset.checks,
  .self-review > fieldset {
    border: none;
    margin: var(--_space-2) 0;
    padding: 0;
  }
  /* Folded parts: the self-review, and the mood check-in's optional ones. */
  details.step > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: var(--_space-2);
  }
  .scale-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .scale-choice,
  .check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-block-size: 44px;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .row {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2) var(--_space-3);
    margin-block: var(--_space-2);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_button-radius);
    border: 1px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
    transition:
      background-color 0.15s,
      color 0.15s;
  }
  button:hover {
    background: var(--_subtle);
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin-block-start: var(--_space-3);
  }
  .status {
    margin-block-start: var(--_space-2);
    min-block-size: 1.5em;
    color: var(--_muted);
  }
  .status p {
    margin: 0;
  }
  .status .sent {
    color: var(--_success);
  }
  .alert {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2) var(--_space-3);
    margin-block: var(--_space-2);
  }
  .alert p,
  .alert ul {
    margin: var(--_space-1) 0;
  }
  .warning {
    background: var(--_warning-bg);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2) var(--_space-3);
  }
  .limit {
    color: var(--_danger);
    margin: 0;
  }
  .rejected-message {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
  }
  @media print {
    .actions,
    .status {
      display: none;
    }
  }
`;
