// A React 19 host: the custom element used as is, objects passed as properties, library
// events heard through `onhw-*` props. Type-checked against homework-elements/react.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Assignment } from 'homework-elements/core';
import type { HwEntryDeliveredEvent, HwEntryQueuedEvent } from 'homework-elements';
import type {} from 'homework-elements/react';
import 'homework-elements/thought-record';

const assignment: Assignment = {
  id: 'a-react',
  exercise: 'thought-record',
  title: 'Thought record, from React',
  columns: 3,
  overrides: { 'tr.situation.label': 'Where were you when it started?' },
};

function App() {
  const [log, setLog] = useState<string[]>([]);
  // The client's link, from the page's fragment (never sent to a server).
  const clientLink = new URLSearchParams(location.hash.slice(1)).get('link');
  const note = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <main>
      <hw-thought-record
        endpoint="/api/homework"
        subject="client-react"
        assignment={assignment}
        getAuthHeaders={() => ({ Authorization: `Bearer ${clientLink}` })}
        onhw-entry-queued={(event: HwEntryQueuedEvent) => note(`queued ${event.entry.id}`)}
        onhw-entry-delivered={(event: HwEntryDeliveredEvent) => note(`delivered ${event.entryId} ${event.status}`)}
      />
      <ul aria-label="Host log">
        {log.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
