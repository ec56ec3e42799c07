// Runs in the benchmark page (bench/mood-history.bench.mjs drives it). Seeding writes
// receipts straight into IndexedDB after the library has created its database; measuring
// times one element from creation to its history chart in the DOM and on screen.
const params = new URLSearchParams(location.search);
const DAY = 86_400_000;

const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');
function isoWithOffset(ms) {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}` +
    `:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** `count` check-ins spread evenly over the last year, shaped like real ones. */
function checkIns(count) {
  const now = Date.now();
  return Array.from({ length: count }, (_, i) => {
    const at = isoWithOffset(now - Math.round((i / count) * 365 * DAY));
    const entry = {
      id: crypto.randomUUID(),
      exercise: 'mood-tracker',
      schema: 'mood-tracker/1',
      assignmentId: 'bench',
      subject: null,
      status: 'completed',
      locale: 'en',
      createdAt: at,
      updatedAt: at,
      completedAt: at,
      data: {
        at,
        mood: { value: (i * 7) % 11, scale: '0-10' },
        emotions: [{ name: 'anxious', intensity: i % 11 }, { name: 'tired' }],
        doing: 'Working from home',
        withWhom: 'Alone',
        trigger: '',
        sleep: { hours: 6.5, quality: 2 },
        activity: { name: 'Walk', mastery: 5, pleasure: 6 },
        note: 'A short note about the day, as clients often write one.',
      },
      engagement: {
        activeSeconds: 25,
        sittings: 1,
        edits: 6,
        fieldsFilled: 6,
        fieldsOffered: 6,
        selfReview: { obstacles: [], reflection: '' },
      },
    };
    return {
      id: entry.id,
      endpoint: 'http://127.0.0.1:9/bench',
      exercise: 'mood-tracker',
      deliveredAt: Date.parse(at),
      status: 201,
      entry,
    };
  });
}

function whenRendered(el, selector) {
  return new Promise((resolve) => {
    const check = () => el.shadowRoot.querySelector(selector);
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function seed(count) {
  // Let the library create and migrate its database first, then add the receipts to it.
  const el = document.createElement('hw-mood-tracker');
  document.querySelector('main').append(el);
  await whenRendered(el, '.history');
  el.remove();
  await window.seedDatabase({ receipts: checkIns(count) }, { clear: ['receipts'] });
  window.__seeded = count;
}

async function measure() {
  const start = performance.now();
  const el = document.createElement('hw-mood-tracker');
  document.querySelector('main').append(el);
  const rendered = await whenRendered(el, '.chart');
  await nextFrame();
  const painted = performance.now();

  const dotsBefore = el.shadowRoot.querySelectorAll('.chart circle').length;
  const switchStart = performance.now();
  [...el.shadowRoot.querySelectorAll('input[name="history-days"]')].find((input) => input.value === '30').click();
  await el.updateComplete;
  await nextFrame();
  const switched = performance.now();
  window.__result = {
    rendered: rendered - start,
    painted: painted - start,
    switched: switched - switchStart,
    dots7: dotsBefore,
    dots30: el.shadowRoot.querySelectorAll('.chart circle').length,
  };
}

addEventListener('DOMContentLoaded', () => {
  const job = params.has('seed') ? seed(Number(params.get('seed'))) : measure();
  job.catch((error) => (window.__error = String(error)));
});
