// The review leads with flagged entries: a check-in at or below the threshold, with the
// client's own words visible without opening it. "No flagged entries" only once every record
// was checked; records that could not be checked are listed. Nothing reads the words.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwReviewPanel } from '../../src/index.js';
import type { Assignment } from '../../src/core/assignment.js';
import { itemFrom, type ReviewItem } from '../../src/review/review-item.js';
import { reviewFlags } from '../../src/review/flags.js';
import { validateEntry } from '../../src/core/entry.js';
import { waitFor } from '../support/browser-fixtures.js';
import { moodCheckIn, thoughtRecord } from '../support/review-entries.js';
import { shadow } from '../support/shadow.js';

const WORDS = 'I can’t do this anymore. I don’t want to be alive.';
const text = (node: Element | ShadowRoot | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function panel(entries: unknown[], options: { since?: string; assignments?: Assignment[] } = {}) {
  const el = await fixture<HwReviewPanel>(
    html`<hw-review-panel
      lang="en"
      since=${options.since ?? ''}
      .assignments=${options.assignments}
      .entries=${entries}
    ></hw-review-panel>`,
  );
  await waitFor(() => shadow(el).querySelector('[part="flags"]'), 'the flags');
  await el.updateComplete;
  return el;
}

const flags = (el: Element) => shadow(el).querySelector('[part="flags"]')!;

describe('<hw-review-panel> flagged entries', () => {
  it('leads the brief with the check-in at the lowest step, its words visible', async () => {
    const el = await panel([
      thoughtRecord('2026-11-20T18:30:00+01:00'),
      moodCheckIn('2026-11-19T09:00:00+01:00', { mood: { value: 6, scale: '0-10' }, note: 'A fine day' }),
      moodCheckIn('2026-11-18T22:00:00+01:00', {
        mood: { value: 0, scale: '0-10' },
        note: WORDS,
        trigger: 'Alone at night',
      }),
    ]);
    const sections = [...shadow(el).querySelectorAll('section.card')].map((s) => s.getAttribute('part'));
    expect(sections.indexOf('flags')).to.equal(0);
    expect(sections.indexOf('flags')).to.be.below(sections.indexOf('self-review'));
    const shown = text(flags(el));
    expect(shown).to.contain('Overall mood 0 (scale 0-10), at or below 0');
    expect(shown).to.contain(WORDS).and.contain('Alone at night');
    expect(shown).not.to.contain('A fine day');
    expect(shown).not.to.contain('No flagged entries');
    await expect(el).to.be.accessible();
  });

  it('puts an entry the client marked "Please look at this" first, with its words, whatever the exercise', async () => {
    const el = await panel([
      moodCheckIn('2026-11-21T09:00:00+01:00', { mood: { value: 7, scale: '0-10' }, note: 'Better today' }),
      thoughtRecord('2026-11-20T18:30:00+01:00', {
        situation: 'After the phone call',
        flagged: true,
      }),
    ]);
    const shown = text(flags(el));
    expect(shown).to.contain('The client marked this: “Please look at this”');
    expect(shown).to.contain('Thought record').and.contain('After the phone call').and.contain('I will be fired');
    expect(shown).not.to.contain('Better today');
  });

  it('uses the threshold the clinician raised, on every record whatever the date shown', async () => {
    const assignments: Assignment[] = [{ id: 'a-mood', exercise: 'mood-tracker', helpAtOrBelow: 3 }];
    const el = await panel(
      [
        moodCheckIn(
          '2026-10-01T09:00:00+01:00',
          { mood: { value: 3, scale: '0-10' }, note: 'Long ago' },
          {
            assignmentId: 'a-mood',
          },
        ),
        moodCheckIn(
          '2026-11-19T09:00:00+01:00',
          { mood: { value: 4, scale: '0-10' }, note: 'Just above' },
          {
            assignmentId: 'a-mood',
          },
        ),
        moodCheckIn('2026-11-19T10:00:00+01:00', { mood: { value: 3, scale: '0-10' }, note: 'Self-started' }),
      ],
      { since: '2026-11-01', assignments },
    );
    const shown = text(flags(el));
    expect(shown).to.contain('Long ago').and.contain('at or below 3');
    expect(shown).not.to.contain('Just above');
    // A check-in of no listed assignment uses the default: the lowest step.
    expect(shown).not.to.contain('Self-started');
  });

  it('says "No flagged entries" only when every record was checked, and lists those it could not check', async () => {
    const fine = [moodCheckIn('2026-11-19T09:00:00+01:00', { mood: { value: 5, scale: '0-10' } })];
    let el = await panel(fine);
    expect(text(flags(el))).to.contain('No flagged entries: every entry was checked.');

    el = await panel([
      ...fine,
      {
        id: 'broken',
        exercise: 'mood-tracker',
        schema: 'mood-tracker/1',
        completedAt: '2026-11-20T10:00:00Z',
        data: {},
      },
      {
        id: 'future',
        exercise: 'mood-tracker',
        schema: 'mood-tracker/9',
        completedAt: '2026-11-21T10:00:00Z',
        data: {},
      },
    ]);
    const shown = text(flags(el));
    expect(shown).not.to.contain('every entry was checked');
    expect(shown).to.contain('No flagged entries among the entries that could be checked.');
    expect(shown).to.contain('Not checked for flags');
    expect([...flags(el).querySelectorAll('ul li')].map((li) => text(li))).to.have.length(2);
    expect(shown).to.contain('not valid').and.contain('a newer version');
    await expect(el).to.be.accessible();
  });
});

describe('review flags (pure)', () => {
  const items = (records: unknown[]): ReviewItem[] =>
    records.map((record, index) => itemFrom(record, index, validateEntry));

  it('flags the lowest step of every scale by default, newest first, and keeps only written words', () => {
    const review = reviewFlags(
      items([
        moodCheckIn('2026-11-01T09:00:00Z', { mood: { value: -3, scale: 'valence' }, note: '  ' }),
        moodCheckIn('2026-11-02T09:00:00Z', { mood: { value: 0, scale: '0-100' }, doing: 'Nothing' }),
        moodCheckIn('2026-11-03T09:00:00Z', { mood: { value: 1, scale: '0-100' } }),
        moodCheckIn('2026-11-04T09:00:00Z', { mood: { value: -2, scale: 'valence' } }),
      ]),
    );
    expect(review.flagged.map((flag) => flag.low?.mood)).to.deep.equal([
      { value: 0, scale: '0-100' },
      { value: -3, scale: 'valence' },
    ]);
    expect(review.flagged[0].words).to.deep.equal([{ label: 'rp.mood.doing', text: 'Nothing' }]);
    expect(review.flagged[1].words).to.deep.equal([]);
    expect(review.unchecked).to.deep.equal([]);
  });

  it('never lets an assignment lower the threshold below the lowest step', () => {
    const review = reviewFlags(
      items([moodCheckIn('2026-11-01T09:00:00Z', { mood: { value: 0, scale: '0-10' } }, { assignmentId: 'a-low' })]),
      [{ id: 'a-low', exercise: 'mood-tracker', helpAtOrBelow: -5 }],
    );
    expect(review.flagged.map((flag) => flag.low?.threshold)).to.deep.equal([0]);
  });
});
