// What the form parts chunk (form-parts.ts) is handed from a widget's first load, the same
// for the npm build (src/lazy/form-parts.ts) and the classic script (its .cdn.ts twin).
import { html, nothing } from 'lit';
import { now } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { OBSTACLES } from '../../core/self-review.js';
import { clientText } from '../../core/text.js';
import { loadedSchemas } from '../../lazy/schemas.js';
import {
  HwBeforeSubmitEvent,
  HwEntryDeliveredEvent,
  HwEntryQueuedEvent,
  HwEntryRejectedEvent,
  HwSyncStatusEvent,
} from '../../events.js';
import { getStore } from '../../lazy/store.js';
import { toStorageError } from '../../storage/records.js';
import { withSender } from '../../lazy/sender.js';
import { checkboxGroup, radioScale, textField, toggled } from '../fields/fields.js';
import type { LitTools } from './form-parts.js';
import type { FullDiskTools } from './full-disk.js';
import { addEnglishMessages } from '../../i18n/catalogue.js';

export const formPartsTools: LitTools = {
  html,
  nothing,
  now,
  getStore,
  withSender,
  Delivered: HwEntryDeliveredEvent,
  Rejected: HwEntryRejectedEvent,
  SyncStatus: HwSyncStatusEvent,
  loadedSchemas,
  BeforeSubmit: HwBeforeSubmitEvent,
  Queued: HwEntryQueuedEvent,
  newId,
  toStorageError,
  addEnglishMessages,
  fields: { checkboxGroup, radioScale, textField, toggled },
  OBSTACLES,
  clientText,
};

/** What the full-disk chunk (full-disk.ts) takes from the first load. */
export const fullDiskTools: FullDiskTools = {
  html,
  addEnglishMessages,
  Delivered: HwEntryDeliveredEvent,
  Rejected: HwEntryRejectedEvent,
};
