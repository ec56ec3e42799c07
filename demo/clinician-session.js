// Host code of every demo clinician page: without a sign-in, go to the server's sign-in page
// and come back here. The session is an HttpOnly cookie this script never sees; the widgets
// send it because the page sets credentials="same-origin" on them.

const signedInAs = /** @type {HTMLElement | null} */ (document.getElementById('signed-in-as'));

fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' }).then(async (response) => {
  if (response.status === 401) {
    location.replace(`/signin?next=${encodeURIComponent(location.pathname)}`);
    return;
  }
  const { username } = await response.json();
  if (signedInAs) signedInAs.textContent = `Signed in as ${username}`;
});
