// Mistakes the generated JSX types must catch: each line below fails to compile, and
// `@ts-expect-error` makes tsc fail if one ever compiles (the types went loose).
import type { HwEntryDeliveredEvent } from 'homework-elements';
import type {} from 'homework-elements/react';

export const misuses = [
  // @ts-expect-error an attribute the element does not have
  <hw-thought-record bogus="x" />,
  // @ts-expect-error the assignment is an object with a string id
  <hw-thought-record assignment={{ id: 1 }} />,
  // @ts-expect-error hw-entry-queued carries an HwEntryQueuedEvent
  <hw-thought-record onhw-entry-queued={(event: HwEntryDeliveredEvent) => event.entryId} />,
  // @ts-expect-error getAuthHeaders returns headers
  <hw-mood-tracker getAuthHeaders={() => 42} />,
  // @ts-expect-error theme is light or dark
  <hw-behavioural-experiment theme="blue" />,
];

export const fine = [
  <hw-mood-tracker scale="valence" assignment-id="a-1" lang="es" className="wide" />,
  <hw-provider endpoint="/api/homework">
    <hw-behavioural-experiment
      onhw-draft-saved={(event) => event.draftKey}
      onhw-config-error={(event) => event.problems.join()}
    />
  </hw-provider>,
];

// The DOM maps the library declares: tags and events are typed outside JSX too.
export function domMaps() {
  const tracker = document.querySelector('hw-mood-tracker');
  tracker?.addEventListener('hw-entry-queued', (event) => void event.entry.id);
  tracker?.addEventListener('hw-entry-rejected', (event) => void event.message);
  // @ts-expect-error the assignment property is an object, not a string
  if (tracker) tracker.assignment = 'a-1';
  // @ts-expect-error hw-entry-delivered has no `entry`, only `entryId`
  tracker?.addEventListener('hw-entry-delivered', (event) => void event.entry);
}
