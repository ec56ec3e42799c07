// Runs in the benchmark page (bench/review-panel.bench.mjs drives it). The entries are made
// here (not fetched), so the figures are the panel's own work: validating every entry, the
// summaries, the chart and the first rows; then scrolling a page of the list, and End to the last entry.
const params = new URLSearchParams(location.search);
const count = Number(params.get('count') ?? 10000);
const scrollFrames = Number(params.get('frames') ?? 240);
// With `src`, the panel reads the entries from the endpoint, page by page, instead.
const src = params.get('src');
const DAY = 86_400_000;
const pad = (n, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Wall-clock time in a fixed +01:00 offset, as a device there would write it. */
function iso(ms) {
  const d = new Date(ms + 3_600_000);
  return `${d.toISOString().slice(0, 23)}+01:00`;
}

/** A small deterministic generator, so every run measures the same data. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const THOUGHTS = ['I will mess this up', 'They think I am boring', 'I always fail', 'Nobody cares'];
const DISTORTIONS = ['all-or-nothing', 'mental-filter', 'labelling', 'jumping-to-conclusions', 'should-statements'];
const ACTIVITIES = ['Walk', 'Cooking', 'Work', 'Reading', 'Calling a friend', 'Cleaning'];

function entries(total) {
  const next = random(42);
  const end = Date.UTC(2026, 10, 20);
  const list = [];
  for (let i = 0; i < total; i++) {
    const at = iso(end - Math.round(((total - i) / total) * 365 * DAY) + Math.round(next() * 6 * 3_600_000));
    const roll = next();
    const envelope = {
      id: `00000000-0000-4000-8000-${pad(i, 12)}`,
      assignmentId: `a-${i % 12}`,
      subject: 'bench-client',
      status: 'completed',
      locale: 'en',
      createdAt: at,
      updatedAt: at,
      completedAt: at,
      engagement: {
        activeSeconds: Math.round(20 + next() * 600),
        sittings: 1 + Math.floor(next() * 2),
        edits: Math.round(next() * 40),
        fieldsFilled: 3,
        fieldsOffered: 7,
        selfReview: {
          effort: Math.floor(next() * 5),
          usefulness: Math.floor(next() * 5),
          obstacles: next() < 0.2 ? ['forgot'] : [],
          reflection: next() < 0.1 ? 'Noticing the thought helps me step back from it.' : '',
        },
      },
    };
    if (roll < 0.7) {
      list.push({
        ...envelope,
        exercise: 'mood-tracker',
        schema: 'mood-tracker/1',
        data: {
          at,
          mood: { value: Math.floor(next() * 11), scale: '0-10' },
          emotions: [{ name: 'anxious', intensity: Math.floor(next() * 11) }],
          doing: 'Working from home',
          withWhom: 'Alone',
          trigger: '',
          activity: {
            name: ACTIVITIES[i % ACTIVITIES.length],
            mastery: Math.floor(next() * 11),
            pleasure: Math.floor(next() * 11),
          },
          note: 'A short note about the day, as clients often write one.',
        },
      });
    } else if (roll < 0.9) {
      const before = 50 + Math.floor(next() * 50);
      list.push({
        ...envelope,
        exercise: 'thought-record',
        schema: 'thought-record/1',
        data: {
          columns: 7,
          situation: `Meeting number ${i} at work; my manager asked about the deadline.`,
          moods: [
            { id: 'm1', name: 'Anxious', intensity: before, rerated: Math.max(0, before - Math.floor(next() * 40)) },
          ],
          thoughts: [{ id: 't1', text: THOUGHTS[i % THOUGHTS.length], hot: true }],
          distortions: [DISTORTIONS[i % DISTORTIONS.length], DISTORTIONS[(i * 3) % DISTORTIONS.length]],
          evidenceFor: 'She frowned when I answered.',
          evidenceAgainst: 'She thanked me for the update last week.',
          balancedThought: 'She may be under pressure herself; my work has been fine.',
          balancedBelief: Math.floor(next() * 101),
        },
      });
    } else {
      list.push({
        ...envelope,
        exercise: 'behavioural-experiment',
        schema: 'behavioural-experiment/1',
        data: {
          phase: 'outcome',
          phaseCompleted: 'outcome',
          type: 'hypothesis',
          targetBelief: THOUGHTS[i % THOUGHTS.length],
          targetBeliefBefore: 80,
          alternativeBelief: '',
          experiment: 'Ask one question in the team meeting',
          place: 'Office',
          prediction: 'Everyone will laugh',
          predictionCheck: '',
          safetyBehaviours: [],
          obstacles: [],
          outcome: 'Two people nodded, nobody laughed',
          comparison: '',
          learned: 'People mostly did not react',
          targetBeliefAfter: Math.floor(next() * 80),
          previous: [],
        },
      });
    }
  }
  return list;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function measure() {
  const data = entries(count);
  await customElements.whenDefined('hw-review-panel');
  await nextFrame();
  const created = performance.now();
  const el = document.createElement('hw-review-panel');
  el.setAttribute('lang', 'en');
  if (src) {
    el.getAuthHeaders = () => ({ Authorization: `Bearer ${window.__benchToken}` });
    el.setAttribute('src', src);
  } else el.entries = data;
  const ready = new Promise((resolve) => el.addEventListener('hw-review-ready', resolve, { once: true }));
  document.querySelector('main').append(el);
  // The schemas (zod) load after the first render; the first rows follow them.
  while (!el.shadowRoot.querySelector('.row')) {
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('.row')) await new Promise((resolve) => setTimeout(resolve));
    if (performance.now() - created > 30_000) throw new Error('no rows within 30 s');
  }
  const inDom = performance.now();
  // Painted: the frame after the rows are in the DOM has been produced.
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
  const painted = performance.now();
  // The rest of the records are validated in slices; then the summaries render.
  await ready;
  await nextFrame();
  const complete = performance.now();

  // Scroll the list from top to bottom in equal steps, one per frame, like a steady fling;
  // frame time is the gap between animation frames.
  const viewport = el.shadowRoot.querySelector('.viewport');
  const step = (viewport.scrollHeight - viewport.clientHeight) / scrollFrames;
  const frames = [];
  let last = await nextFrame();
  for (let i = 1; i <= scrollFrames; i++) {
    viewport.scrollTop = Math.round(step * i);
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  // The list is paged: End on a row goes to the last entry, on the last page.
  el.shadowRoot
    .querySelector('.row')
    .dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  await el.updateComplete;
  const lastRow = el.shadowRoot.querySelector(`li[aria-posinset="${data.length}"]`) !== null;
  const rowsInDom = el.shadowRoot.querySelectorAll('.row').length;
  return {
    inDom: inDom - created,
    painted: painted - created,
    complete: complete - created,
    frames,
    lastRow,
    rowsInDom,
  };
}

// `?dump`: only make the entries, for the bench to store on the endpoint first.
if (params.has('dump')) window.__entries = entries(count);
else
  measure().then(
    (result) => (window.__result = result),
    (error) => (window.__error = String(error?.stack ?? error)),
  );
