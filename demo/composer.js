// Host code of the demo clinician page: the composer lists the clinician's clients ("For which
// client"); saving for one of them gives that client's private link and a message, in the
// composer itself. Saved for no client, the page asks the server for a link with access for
// the demo client (signed-in clinicians only) and shows it. The access travels in the link's
// fragment, so it never reaches a server log.

const composer = /** @type {any} */ (document.getElementById('composer'));
const lastCreated = /** @type {HTMLElement} */ (document.getElementById('last-created'));
const clientLink = /** @type {HTMLInputElement} */ (document.getElementById('access-link'));

fetch('/api/clients', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { clients: [] }))
  .then(({ clients }) => {
    composer.clients = clients;
    // Arrived from a client's row: that client is chosen.
    const chosen = new URLSearchParams(location.search).get('client');
    if (chosen) composer.clientId = chosen;
  });

composer.addEventListener('hw-assignment-created', async (/** @type {any} */ event) => {
  const { id, exercise } = event.assignment;
  if (composer.clientId) return; // the composer shows that client's own link
  lastCreated.textContent = `Last saved: ${exercise}, id ${id}.`;
  const response = await fetch('/api/links', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client: 'demo-client-1', assignmentId: id }),
  });
  if (!response.ok) {
    clientLink.value = `No link: the server answered ${response.status}`;
    return;
  }
  const { link } = await response.json();
  const page = new URL('/demo/client.html', location.href);
  page.searchParams.set('exercise', exercise);
  page.searchParams.set('assignment-src', `/api/assignments/${encodeURIComponent(id)}`);
  page.hash = `link=${encodeURIComponent(link)}`;
  clientLink.value = page.href;
});
