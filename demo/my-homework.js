// Host code of the client's own page: the link from the clinician's message carries the
// client's access in its fragment (#link=…), handed to the list as its Authorization header
// and kept nowhere else. Opening an assignment goes to the exercise page with the same link.

const list = /** @type {any} */ (document.getElementById('list'));
const link = new URLSearchParams(location.hash.slice(1)).get('link');

if (link) {
  // The credential first, then the address: the list asks only once, with both.
  list.getAuthHeaders = () => ({ Authorization: `Bearer ${link}` });
  list.src = '/api/my/assignments';
} else {
  list.remove();
  /** @type {HTMLElement} */ (document.getElementById('missing')).hidden = false;
}

list.addEventListener('hw-assignment-open', (/** @type {any} */ event) => {
  const { id, exercise } = event.assignment;
  const page = new URL('/demo/client.html', location.href);
  page.searchParams.set('exercise', exercise);
  page.searchParams.set('assignment-src', `/api/assignments/${encodeURIComponent(id)}`);
  page.hash = `link=${encodeURIComponent(link ?? '')}`;
  location.assign(page.href);
});
