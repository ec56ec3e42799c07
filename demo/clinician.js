// Host code of the clinician page. With ?client=<id> (from the caseload): that client's
// entries, the assignments given to them (so the panel names each by its title), and their
// last session's date, which is saved when changed. Without it: the demo client, as before.

const panel = /** @type {any} */ (document.getElementById('panel'));
const heading = /** @type {HTMLElement} */ (document.querySelector('h1'));
const lastSession = /** @type {HTMLInputElement} */ (document.getElementById('last-session'));
const refresh = /** @type {HTMLButtonElement} */ (document.getElementById('refresh'));
const clientId = new URLSearchParams(location.search).get('client');

/** A week ago, as the local calendar date. */
function weekAgo() {
  const day = new Date(Date.now() - 7 * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** @param {string} since */
function showSince(since) {
  lastSession.value = since;
  panel.setAttribute('since', since);
}

async function showClient(/** @type {string} */ id) {
  const get = (/** @type {string} */ path) =>
    fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then((r) => r.json());
  const [{ clients }, { assignments }] = await Promise.all([
    get('/api/clients'),
    get(`/api/clients/${encodeURIComponent(id)}/assignments`),
  ]);
  const client = (clients ?? []).find((/** @type {any} */ c) => c.id === id);
  heading.textContent = `Homework review: ${client?.label ?? 'client'}`;
  panel.assignments = assignments ?? [];
  showSince(client?.since ?? weekAgo());
  panel.setAttribute('src', `/api/homework?subject=${encodeURIComponent(id)}`);
  lastSession.addEventListener('change', () =>
    fetch(`/api/clients/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ since: lastSession.value || null }),
    }),
  );
}

if (clientId) {
  void showClient(clientId);
} else {
  panel.assignments = [
    { id: 'demo-assignment-1', exercise: 'thought-record', title: 'A thought record when you notice a strong feeling' },
    { id: 'demo-mood-1', exercise: 'mood-tracker', title: 'Check in a few times a day' },
    { id: 'demo-experiment-1', exercise: 'behavioural-experiment', title: 'One small experiment' },
  ];
  panel.setAttribute('src', '/api/homework?subject=demo-client-1');
  showSince(weekAgo());
}
lastSession.addEventListener('change', () => panel.setAttribute('since', lastSession.value));
refresh.addEventListener('click', () => panel.reload());
