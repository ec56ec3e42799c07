// Host code of the demo clinician page: listens for the composer's event, as a host that
// keeps its own list of assignments would. Text is set as text only.

const composer = /** @type {HTMLElement} */ (document.getElementById('composer'));
const lastCreated = /** @type {HTMLElement} */ (document.getElementById('last-created'));

composer.addEventListener('hw-assignment-created', (/** @type {any} */ event) => {
  lastCreated.textContent = `Last saved: ${event.assignment.exercise}, id ${event.assignment.id}.`;
});
