// Host code of the clinician page: the assignments given to the demo client (so the panel
// can show their states), the last session's date, and a refresh after new homework arrives.

const panel = /** @type {any} */ (document.getElementById('panel'));
const lastSession = /** @type {HTMLInputElement} */ (document.getElementById('last-session'));
const refresh = /** @type {HTMLButtonElement} */ (document.getElementById('refresh'));

panel.assignments = [
  { id: 'demo-assignment-1', exercise: 'thought-record', title: 'A thought record when you notice a strong feeling' },
  { id: 'demo-mood-1', exercise: 'mood-tracker', title: 'Check in a few times a day' },
  { id: 'demo-experiment-1', exercise: 'behavioural-experiment', title: 'One small experiment' },
];

/** A week ago, as the local calendar date. */
function weekAgo() {
  const day = new Date(Date.now() - 7 * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

lastSession.value = weekAgo();
panel.setAttribute('since', lastSession.value);
lastSession.addEventListener('change', () => panel.setAttribute('since', lastSession.value));
refresh.addEventListener('click', () => panel.reload());
