// The event <hw-caseload> fires when the clinician chooses to review a client: the host
// shows that client's review panel from their last session.
import type { CaseloadClient } from './caseload-data.js';

export class HwClientOpenEvent extends Event {
  constructor(readonly client: CaseloadClient) {
    super('hw-client-open', { bubbles: true, composed: true });
  }
}
