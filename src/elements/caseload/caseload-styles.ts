// <hw-caseload>'s own layout: a wide table that scrolls sideways on a narrow screen.
import { css } from 'lit';

export const caseloadStyles = css`
  .widget {
    max-inline-size: none;
  }
  .table-wrap {
    overflow-x: auto;
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
