// Host code of the caseload page: "Review" opens that client's review panel.

const caseload = /** @type {HTMLElement} */ (document.getElementById('caseload'));

caseload.addEventListener('hw-client-open', (/** @type {any} */ event) => {
  const page = new URL('/demo/clinician.html', location.href);
  page.searchParams.set('client', event.client.id);
  location.assign(page.href);
});
