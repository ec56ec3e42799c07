// What the mood tracker adds to the shared widget styles: its folded optional parts. The
// history's look comes with the history (history-styles.ts).
import { css } from 'lit';

export const moodTrackerStyles = css`
  details.step > summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: var(--_space-2);
  }
`;
