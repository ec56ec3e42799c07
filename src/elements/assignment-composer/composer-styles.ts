// The composer's layout: the form and the live preview side by side on a wide screen,
// one above the other on a narrow one. Logical properties only (RTL mirrors).
import { css } from 'lit';

export const composerStyles = css`
  .widget {
    max-inline-size: 96rem;
  }
  /* At 320 CSS px nothing may widen the form: a fieldset is at least as wide as its content
     unless told otherwise, and a select as its longest option. */
  fieldset {
    min-inline-size: 0;
  }
  .field {
    grid-template-columns: minmax(0, 1fr);
  }
  select,
  textarea,
  input[type='text'] {
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_space-4);
    align-items: start;
  }
  @media (max-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .preview {
    position: sticky;
    inset-block-start: var(--_space-2);
  }
  .preview h3 {
    margin-block: 0 var(--_space-2);
  }
  select,
  input[type='date'] {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2);
    min-block-size: 44px;
  }
  details.wording > summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .wording-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-2);
    align-items: end;
  }
  .wording-group {
    border: none;
    border-block-start: 1px solid var(--_border);
    padding: var(--_space-2) 0 0;
    margin: var(--_space-3) 0 0;
  }
  .wording-group > legend {
    font-weight: 600;
    padding: 0;
  }
  .vague {
    margin-block: var(--_space-1);
    padding-inline-start: var(--_space-4);
  }
  .snippet textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .ok {
    color: var(--_success);
  }
`;
