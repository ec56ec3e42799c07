// <hw-caseload>'s own layout: a wide table that, narrower than its six columns need (a
// phone, a sidebar, 400% zoom), becomes a stack: one client per block, each value labelled.
import { css } from 'lit';

export const caseloadStyles = css`
  .widget {
    max-inline-size: none;
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    /* The header row is hidden, still read as the table's; each cell says its column. */
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      padding-block: var(--_space-2);
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      border: none;
      padding-block: var(--_space-1);
      overflow-wrap: anywhere;
    }
    tbody th {
      font-weight: 600;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
  }
  .states {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .state.overdue {
    font-weight: 600;
  }
  .sort {
    max-inline-size: 20rem;
  }
  .add {
    margin-block-start: var(--_space-3);
    display: grid;
    gap: var(--_space-2);
    max-inline-size: 28rem;
  }
  .server-message {
    white-space: pre-wrap;
  }
`;
