// Runs in the benchmark page (bench/experiment-receipts.bench.mjs drives it). Seeding
// writes straight into IndexedDB after the library has created its database: N check-in
// receipts as the library keeps them now (no free text), one earlier run of the same
// experiment, and a draft in its outcome phase. Measuring times one element from creation
// to its form, and to the earlier run listed (read from the receipts).
const params = new URLSearchParams(location.search);
const DAY = 86_400_000;
const BELIEF = 'People will laugh at me';

const iso = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');

function whenShown(el, found) {
  return new Promise((resolve) => {
    if (el.shadowRoot && found(el.shadowRoot)) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!el.shadowRoot || !found(el.shadowRoot)) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(el.shadowRoot ?? el, { childList: true, subtree: true, characterData: true });
  });
}

function experimentElement() {
  const el = document.createElement('hw-behavioural-experiment');
  el.setAttribute('draft-key', 'bench');
  document.querySelector('main').append(el);
  return el;
}

/** Check-ins over the last year, as receipts hold them: times and mood values only. */
function checkInReceipts(count) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const deliveredAt = now - Math.round((i / count) * 365 * DAY);
    const at = iso(deliveredAt);
    return {
      id: crypto.randomUUID(),
      endpoint: 'http://127.0.0.1:9/bench',
      exercise: 'mood-tracker',
      deliveredAt,
      status: 201,
      details: { assignmentId: null, subject: null, completedAt: at, mood: { at, value: (i * 7) % 11, scale: '0-10' } },
    };
  });
}

/**
 * The earlier run, as version 2 kept it (the whole entry): the page cannot make the keyed
 * belief hash a receipt holds now, and the library reads both forms.
 */
function earlierRun() {
  const at = iso(Date.now() - 14 * DAY);
  const data = {
    phase: 'outcome',
    type: 'hypothesis',
    targetBelief: BELIEF,
    targetBeliefBefore: 90,
    targetBeliefAfter: 40,
  };
  const entry = {
    id: crypto.randomUUID(),
    exercise: 'behavioural-experiment',
    completedAt: at,
    subject: null,
    assignmentId: null,
    data,
  };
  return {
    id: entry.id,
    endpoint: 'http://127.0.0.1:9/bench',
    exercise: entry.exercise,
    deliveredAt: Date.parse(at),
    status: 201,
    entry,
  };
}

function outcomeDraft() {
  const at = iso(Date.now() - 2 * DAY);
  return {
    key: 'behavioural-experiment:bench',
    exercise: 'behavioural-experiment',
    entryId: crypto.randomUUID(),
    assignmentId: null,
    data: {
      phase: 'outcome',
      type: 'hypothesis',
      targetBelief: BELIEF,
      targetBeliefBefore: 80,
      alternativeBelief: '',
      experiment: 'Ask a question in the meeting',
      place: '',
      prediction: 'Someone will laugh',
      predictionCheck: '',
      safetyBehaviours: [],
      obstacles: [],
      outcome: '',
      comparison: '',
      learned: '',
      previous: [],
      planCompletedAt: at,
    },
    selfReview: null,
    engagement: { activeMs: 60_000, sittings: 1, edits: 10 },
    createdAt: at,
    updatedAt: at,
  };
}

async function seed(count) {
  // Let the library create and migrate its database first, then add to it.
  const el = experimentElement();
  await whenShown(el, (root) => root.querySelector('#phase'));
  el.remove();
  await window.seedDatabase(
    { receipts: [...checkInReceipts(count), earlierRun()], drafts: [outcomeDraft()] },
    { clear: ['receipts'] },
  );
  window.__seeded = count;
}

async function measure() {
  const start = performance.now();
  const el = experimentElement();
  const form = await whenShown(el, (root) => root.querySelector('#phase'));
  const linked = await whenShown(el, (root) => root.textContent.includes('Earlier runs of this experiment'));
  // performance.now() counts from navigation start: `form` is also the cold load.
  window.__result = { coldLoad: form, created: start, form: form - start, linked: linked - start };
}

addEventListener('DOMContentLoaded', () => {
  const job = params.has('seed') ? seed(Number(params.get('seed'))) : measure();
  job.catch((error) => (window.__error = String(error)));
});
