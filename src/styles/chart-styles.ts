// The hand-drawn mood charts' look, shared by the client's history (mood tracker) and the
// clinician's review panel; each sets its own maximum height.
import { css } from 'lit';

export const chartStyles = css`
  figure {
    margin: var(--_space-2) 0;
  }
  /* Time runs left to right in the chart whatever the page direction; the labels still read correctly. */
  .chart {
    display: block;
    inline-size: 100%;
    direction: ltr;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .axis {
    fill: var(--_muted);
    font-size: 9px;
  }
  .line {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 1.5;
  }
  .dot {
    fill: var(--_primary);
  }
`;
