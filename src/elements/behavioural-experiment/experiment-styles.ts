// What the experiment adds to the shared widget styles: the date-time field, and the
// prediction shown beside the outcome (side by side when there is room, stacked when not).
import { css } from 'lit';

export const experimentStyles = css`
  input[type='datetime-local'] {
    font: inherit;
    color: var(--_fg);
    background: var(--_field-bg);
    border: 1px solid var(--_field-border);
    border-radius: var(--_radius-sm);
    padding: var(--_space-2);
    min-block-size: 44px;
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  .compare {
    display: grid;
    gap: 0 var(--_space-3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: start;
  }
  .compare .note {
    margin-block: var(--_space-2);
  }
  .quoted {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  h3,
  h4 {
    margin-block: var(--_space-3) var(--_space-1);
  }
  h4 {
    font-size: 1em;
  }
`;
