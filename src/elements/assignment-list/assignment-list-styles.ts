// <hw-assignment-list>'s own layout: one card per assignment, the done ones quieter.
import { css } from 'lit';

export const assignmentListStyles = css`
  .assignments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }
  .item h4 {
    margin: 0 0 var(--_space-1);
    font-size: 1.05em;
  }
  .item p {
    margin-block: var(--_space-1);
  }
  .done .item {
    background: var(--_subtle);
  }
  .overdue {
    font-weight: 600;
  }
  .note .label {
    font-weight: 600;
  }
  .note .text {
    white-space: pre-wrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  .calendar {
    margin-block-start: var(--_space-3);
    display: grid;
    gap: var(--_space-2);
  }
`;
