// A page with no build step: the classic script defines the tags; objects are properties.
const record = document.querySelector('hw-thought-record');
const log = document.querySelector('[aria-label="Host log"]');
const note = (line) => log.append(Object.assign(document.createElement('li'), { textContent: line }));

record.assignment = {
  id: 'a-plain',
  exercise: 'thought-record',
  title: 'Thought record, from a plain page',
  columns: 3,
  overrides: { 'tr.situation.label': 'Where were you when it started?' },
};
// The client's link, from the page's fragment (never sent to a server).
const clientLink = new URLSearchParams(location.hash.slice(1)).get('link');
record.getAuthHeaders = () => ({ Authorization: `Bearer ${clientLink}` });
record.addEventListener('hw-entry-queued', (event) => note(`queued ${event.entry.id}`));
record.addEventListener('hw-entry-delivered', (event) => note(`delivered ${event.entryId} ${event.status}`));
