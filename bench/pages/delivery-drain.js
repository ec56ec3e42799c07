// Delivery bench page: seeds the outbox with valid thought-record entries in one
// transaction (the library's schema: database 'homework-elements' version 1), then puts a
// widget on the page; registering its endpoint drains the outbox. Driven by
// bench/delivery.bench.mjs through window.benchDelivery.
const DB_NAME = 'homework-elements';
const ENDPOINT = '/api/homework';
const ASSIGNMENT = 'bench-delivery';

/**
 * Seeding opens version 1, as a device that queued entries under the first schema would
 * have; the library migrates it to its current version when it opens the database.
 * Counting opens whatever version is there.
 */
function openDb(version) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    // The library's migration to version 1, in case the bench gets here first (it does).
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('drafts', { keyPath: 'key' });
      db.createObjectStore('outbox', { keyPath: 'id' });
      db.createObjectStore('receipts', { keyPath: 'id' }).createIndex('byDeliveredAt', 'deliveredAt');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function entry(id, index) {
  const at = new Date(Date.UTC(2026, 10, 24, 9, 0, index % 60)).toISOString().replace('Z', '+00:00');
  return {
    id,
    exercise: 'thought-record',
    schema: 'thought-record/1',
    assignmentId: ASSIGNMENT,
    subject: 'bench-client',
    status: 'completed',
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    data: {
      columns: 7,
      situation: `Bench entry ${index + 1}: missed the bus in front of everyone.`,
      moods: [{ id: 'm1', name: 'embarrassed', intensity: 70, rerated: 40 }],
      thoughts: [{ id: 't1', text: 'They all think I am useless.', hot: true }],
      distortions: ['jumping-to-conclusions'],
      evidenceFor: 'Someone laughed.',
      evidenceAgainst: 'Most people were looking at their phones.',
      balancedThought: 'Missing a bus happens to everyone.',
      balancedBelief: 60,
    },
    engagement: {
      activeSeconds: 120,
      sittings: 1,
      edits: 12,
      fieldsFilled: 7,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '' },
    },
  };
}

async function seed(count) {
  const db = await openDb(1);
  const endpoint = new URL(ENDPOINT, location.href).href;
  const queuedAt = Date.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('outbox', 'readwrite');
    const outbox = tx.objectStore('outbox');
    for (let i = 0; i < count; i++) {
      const id = crypto.randomUUID();
      outbox.put({
        id,
        endpoint,
        entry: entry(id, i),
        state: 'pending',
        attempts: 0,
        nextAttemptAt: 0,
        queuedAt: queuedAt + i,
      });
    }
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function outboxSize() {
  const db = await openDb(undefined);
  const size = await new Promise((resolve, reject) => {
    const request = db.transaction('outbox').objectStore('outbox').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return size;
}

function attach() {
  const widget = document.createElement('hw-thought-record');
  widget.setAttribute('endpoint', ENDPOINT);
  widget.setAttribute('assignment-id', ASSIGNMENT);
  document.getElementById('widget').append(widget);
}

window.benchDelivery = { seed, attach, outboxSize };
