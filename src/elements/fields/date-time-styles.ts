// The date-time field beside the shared text-field look (widget styles): a button's height,
// and in a narrow widget (320 px, 400% zoom, text spacing overridden) its date and time wrap
// onto a second line inside the field instead of being cut off or widening the widget.
// (The parts are Chromium's and Safari's own; elsewhere the field keeps its native layout.)
import { css } from 'lit';

export const dateTimeStyles = css`
  /* A grid item is as wide as its content by default: the field would widen a narrow widget
     (320 px) rather than close up the gap before its picker button, then wrap. */
  input[type='datetime-local'] {
    min-block-size: 44px;
    min-inline-size: 0;
  }
  input[type='datetime-local']::-webkit-datetime-edit-fields-wrapper {
    display: flex;
    flex-wrap: wrap;
  }
`;
