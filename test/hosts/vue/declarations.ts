// What Vue's template type checker (vue-tsc / Volar) sees for `<hw-*>` tags once a host
// imports homework-elements/vue: each tag's props, with `@hw-*` listeners as `onHw*`.
import type { GlobalComponents } from 'vue';
import type { HwEntryDeliveredEvent } from 'homework-elements';
import type {} from 'homework-elements/vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const fine: PropsOf<'hw-thought-record'> = {
  endpoint: '/api/homework',
  assignment: { id: 'a-1', exercise: 'thought-record', title: 'Typed' },
  getAuthHeaders: () => ({ Authorization: 'Bearer x' }),
  onHwEntryQueued: (event) => void event.entry.id,
  onHwEntryDelivered: (event) => void event.status,
};
export const mood: PropsOf<'hw-mood-tracker'> = { scale: 'valence', onHwConfigError: (e) => void e.problems };

// @ts-expect-error the assignment is an object with a string id
export const wrongAssignment: PropsOf<'hw-thought-record'> = { assignment: { id: 1 } };
// @ts-expect-error hw-entry-queued carries an HwEntryQueuedEvent
export const wrongEvent: PropsOf<'hw-thought-record'> = { onHwEntryQueued: (e: HwEntryDeliveredEvent) => e.entryId };
// @ts-expect-error theme is light or dark
export const wrongTheme: PropsOf<'hw-behavioural-experiment'> = { theme: 'blue' };
