// Ratings are never invented: a mood the client named but did not rate is absent from the
// entry, its FHIR response and the review ("Not rated"); drafts saved before schema 2 (which
// gave every new mood 50) are migrated; an old entry's 50 "may not have been rated".
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwReviewPanel, HwThoughtRecord } from '../../src/index.js';
import type { Entry } from '../../src/core/entry.js';
import { validateEntry } from '../../src/core/entry.js';
import { fhirBody } from '../../src/sync/delivery-body.js';
import { endpoint, freshDevice, readStore, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { thoughtRecord as sampleRecord } from '../support/review-entries.js';
import { button, byLabel, shadow, typeInto } from '../support/shadow.js';

async function record(assignmentId = 'a-ratings') {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record endpoint=${await endpoint()} assignment-id=${assignmentId}></hw-thought-record>`,
  );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

/** Write a draft straight into IndexedDB, as an older version of the library left it. */
async function putDraft(draft: Record<string, unknown>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('homework-elements');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(draft);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

const fhirItems = (body: string): string[] => {
  const ids: string[] = [];
  const walk = (items: Array<{ linkId: string; item?: unknown[] }> = []) => {
    for (const item of items) {
      ids.push(item.linkId);
      walk(item.item as typeof items);
    }
  };
  walk((JSON.parse(body) as { item: Array<{ linkId: string }> }).item);
  return ids;
};

describe('thought record ratings are never invented', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('leaves a named, unrated mood out of the stored entry and the FHIR response', async () => {
    const el = await record();
    typeInto(byLabel(el, 'Situation'), 'Call with my sister');
    button(el, 'Add a mood').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Moods: word for mood 1'), 'Culpa');
    button(el, 'Add a mood').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Moods: word for mood 2'), 'Tristeza');
    typeInto(byLabel(el, 'Moods: how strong was mood 2'), '70');
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Not rated yet');

    const queued = new Promise<Entry>((resolve) =>
      el.addEventListener('hw-entry-queued', (e) => resolve(e.entry), { once: true }),
    );
    button(el, 'Submit').click();
    const entry = await queued;
    expect(entry.schema).to.equal('thought-record/2');
    const stored = await waitFor(async () => (await storedEntries())[0], 'the stored entry');
    const moods = (stored.data as { moods: Array<Record<string, unknown>> }).moods;
    expect(moods.map(({ name, intensity }) => ({ name, intensity }))).to.deep.equal([
      { name: 'Culpa', intensity: undefined },
      { name: 'Tristeza', intensity: 70 },
    ]);
    expect(moods[0]).not.to.have.property('intensity');

    const body = (await fhirBody(entry)).text;
    const intensities = fhirItems(body).filter((id) => id.endsWith('intensity'));
    expect(intensities).to.have.length(1);
    expect(body).to.contain('"valueInteger":70');
    expect(body).not.to.contain('"valueInteger":50');
  });

  it('restores a draft saved by this version with its 50, and migrates one saved before', async () => {
    let el = await record('a-current');
    button(el, 'Add a mood').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Moods: word for mood 1'), 'Anxious');
    typeInto(byLabel(el, 'Moods: how strong was mood 1'), '50');
    await waitFor(async () => {
      const drafts = (await readStore('drafts')) as Array<{ schema?: string; data?: { moods?: unknown[] } }>;
      return drafts[0]?.data?.moods?.length === 1 && drafts[0].schema === 'thought-record/2';
    }, 'the draft saved as version 2');
    el.remove();

    // A draft left by version 1 (no schema recorded): the 50 may be the old default.
    const at = '2026-11-20T18:00:00.000+01:00';
    await putDraft({
      key: 'thought-record:a-old',
      exercise: 'thought-record',
      entryId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      assignmentId: 'a-old',
      data: {
        columns: 7,
        situation: 'Old draft',
        moods: [
          { id: 'm1', name: 'Guilty', intensity: 50 },
          { id: 'm2', name: 'Sad', intensity: 70, rerated: 50 },
        ],
        thoughts: [],
        distortions: [],
        evidenceFor: '',
        evidenceAgainst: '',
        balancedThought: '',
      },
      selfReview: null,
      engagement: { activeMs: 0, sittings: 1, edits: 3 },
      createdAt: at,
      updatedAt: at,
    });

    el = await record('a-current');
    expect(byLabel(el, 'Moods: word for mood 1').value).to.equal('Anxious');
    expect(byLabel(el, 'Moods: how strong was mood 1').getAttribute('aria-valuetext')).to.equal('50 of 100');
    el.remove();

    el = await record('a-old');
    expect(byLabel(el, 'Situation').value).to.equal('Old draft');
    expect(byLabel(el, 'Moods: how strong was mood 1').getAttribute('aria-valuetext')).to.equal('Not rated yet');
    expect(byLabel(el, 'Moods: how strong was mood 2').getAttribute('aria-valuetext')).to.equal('70 of 100');
  });

  it('the endpoint and the panel accept both versions; an old 50 may not have been rated', async () => {
    const old = sampleRecord('2026-11-10T18:00:00+01:00', {
      moods: [
        { id: 'a', name: 'Culpa', intensity: 50 },
        { id: 'b', name: 'Anxious', intensity: 80 },
      ],
    });
    const current = {
      ...sampleRecord('2026-11-12T18:00:00+01:00', {
        moods: [
          { id: 'c', name: 'Shame' },
          { id: 'd', name: 'Calm', intensity: 50 },
        ],
      }),
      id: 'e9e1a1d0-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      schema: 'thought-record/2',
    };
    expect(validateEntry(current).ok).to.equal(true);
    for (const entry of [old, current]) {
      const response = await fetch(await endpoint(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
        body: JSON.stringify(entry),
      });
      expect(response.status, `${entry.schema} accepted`).to.be.within(200, 299);
    }

    const panel = await fixture<HwReviewPanel>(html`<hw-review-panel .entries=${[old, current]}></hw-review-panel>`);
    await waitFor(() => shadow(panel).textContent?.includes('Shame'), 'the thought records');
    const text = shadow(panel).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Culpa: 50 (may not have been rated)');
    expect(text).to.contain('Anxious: 80');
    expect(text).to.contain('Shame: Not rated');
    expect(text).to.contain('Calm: 50');
    expect(text).not.to.contain('Calm: 50 (may');
  });

  it('asks how much each thought is believed, and the hot one again at the end; the review shows the change', async () => {
    const el = await record('a-belief');
    typeInto(byLabel(el, 'Situation'), 'Presentation at work');
    button(el, 'Add a thought').click();
    button(el, 'Add a thought').click();
    await el.updateComplete;
    typeInto(byLabel(el, 'Automatic thoughts: thought 1'), 'I will freeze');
    typeInto(byLabel(el, 'Automatic thoughts: thought 2'), 'Everyone will notice');
    byLabel(el, 'Automatic thoughts: thought 1 is my hot thought').click();
    typeInto(byLabel(el, 'Automatic thoughts: how much do I believe thought 1?'), '90');
    await el.updateComplete;
    expect(byLabel(el, 'Automatic thoughts: how much do I believe thought 2?').getAttribute('aria-valuetext')).to.equal(
      'Not rated yet',
    );
    typeInto(byLabel(el, 'Hot thought: how much do I believe it now?'), '40');
    await el.updateComplete;

    const queued = new Promise<Entry>((resolve) =>
      el.addEventListener('hw-entry-queued', (e) => resolve(e.entry), { once: true }),
    );
    button(el, 'Submit').click();
    const entry = await queued;
    const data = entry.data as { thoughts: Array<Record<string, unknown>>; hotBeliefAfter?: number };
    expect(data.thoughts.map((thought) => thought.belief)).to.deep.equal([90, undefined]);
    expect(data.thoughts[1]).not.to.have.property('belief');
    expect(data.hotBeliefAfter).to.equal(40);

    const panel = await fixture<HwReviewPanel>(html`<hw-review-panel .entries=${[entry]}></hw-review-panel>`);
    await waitFor(() => shadow(panel).textContent?.includes('I will freeze'), 'the thought record');
    expect(shadow(panel).textContent!.replace(/\s+/g, ' ')).to.contain('I will freeze (90 → 40 (−50))');
  });
});
