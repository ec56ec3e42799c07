// What the experiment adds to the shared widget styles: the prediction shown beside the
// outcome (side by side when there is room, stacked when not), and the steps' headings.
import { css } from 'lit';

export const experimentStyles = css`
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
  #phase,
  .step :is(h3, h4, h5, h6) {
    margin-block: var(--_space-3) var(--_space-1);
  }
  .step :is(h3, h4, h5, h6) {
    font-size: 1em;
  }
  /* The part's heading looks the same at any level (heading-level). */
  #phase {
    font-size: 1.05em;
  }
  /* A step's heading that is its legend or first label looks as that did. */
  .step :is(legend, .field) > :is(h3, h4, h5, h6) {
    font: inherit;
    margin: 0;
  }
`;
