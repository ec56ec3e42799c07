// The event <hw-assignment-list> fires when the client opens an assignment: the host shows
// the exercise (e.g. its page with `assignment-src`).
import type { MyAssignment } from './my-assignments.js';

export class HwAssignmentOpenEvent extends Event {
  constructor(readonly assignment: MyAssignment) {
    super('hw-assignment-open', { bubbles: true, composed: true });
  }
}
