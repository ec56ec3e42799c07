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
