// The data tables beside the hand-drawn charts, shared by the client's mood history and the
// clinician's review panel; each adds its own spacing.
import { css } from 'lit';

export const tableStyles = css`
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    font-weight: 600;
    text-align: start;
    padding-block-end: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    font-weight: normal;
    padding-block: var(--_space-1);
    padding-inline: 0 var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
  }
`;
