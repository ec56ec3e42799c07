// The client's mood history: the hand-drawn chart, its legend and the averages tables.
// Logical properties only, for RTL. Adopted by the mood tracker when the history loads
// (it is in the history's chunk, see history.ts).
import { css } from 'lit';
import { chartStyles } from '../../styles/chart-styles.js';
import { tableStyles } from '../../styles/table-styles.js';

const historyOnly = css`
  .history {
    margin-block-start: var(--_space-3);
  }
  /* The same size at any level (heading-level). */
  #history-title {
    margin-block: 0 var(--_space-2);
    font-size: 1.05em;
  }
  .chart {
    max-block-size: 16rem;
  }
  .dot.unsent {
    fill: var(--_bg);
    stroke: var(--_primary);
    stroke-width: 1.2;
  }
  figcaption {
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  .legend svg {
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: var(--_space-1);
  }
  .averages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_space-3);
    margin-block-start: var(--_space-3);
  }
  meter {
    inline-size: 4rem;
    margin-inline-start: var(--_space-1);
  }
  @media (forced-colors: active) {
    .line,
    .dot,
    .dot.unsent {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .dot.unsent {
      fill: Canvas;
    }
  }
`;

export const historyStyles = [chartStyles, tableStyles, historyOnly];
