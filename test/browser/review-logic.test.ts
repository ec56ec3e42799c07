// The review panel's pure logic with known inputs: parsing (valid, invalid, newer), filters
// and sort, the since brief, each summary, engagement, export, and the list window.
import { expect } from '@open-wc/testing';
import type { Assignment } from '../../src/core/assignment.js';
import type { BehaviouralExperimentEntry, MoodTrackerEntry, ThoughtRecordEntry } from '../../src/core/entry.js';
import { pageFor, PAGE_SIZE } from '../../src/elements/review-panel/entry-list.js';
import {
  countLabels,
  csvCell,
  entriesFromResponse,
  exportCsv,
  exportJson,
  filterItems,
  neutralise,
  parseItem,
  parseItems,
  sinceBrief,
  sortItems,
  summariseEngagement,
  summariseExperiments,
  summariseMoodEntries,
  summariseReview,
  summariseThoughtRecords,
  weeksOf,
} from '../../src/review/index.js';
import { experiment, moodCheckIn, thoughtRecord } from '../support/review-entries.js';

const AT = '2026-11-20T18:30:00.000+01:00';

describe('review panel logic', () => {
  describe('parsing records', () => {
    it('keeps a valid entry as an entry, dated by completion (mood: by when it was about)', () => {
      const tr = parseItem(thoughtRecord(AT));
      expect(tr.kind).to.equal('entry');
      expect(tr.at).to.equal(AT);
      const mood = parseItem(moodCheckIn('2026-11-21T08:00:00.000+01:00', { at: '2026-11-20T07:15:00.000+01:00' }));
      expect(mood.at).to.equal('2026-11-20T07:15:00.000+01:00');
    });

    it('flags an invalid record with what is wrong, and keeps the rest', () => {
      const broken = { ...thoughtRecord(AT), data: { columns: 9 } };
      const items = parseItems([thoughtRecord(AT), broken, 'not even an object', moodCheckIn(AT)]);
      expect(items.map((item) => item.kind)).to.deep.equal(['entry', 'invalid', 'invalid', 'entry']);
      const invalid = items[1];
      if (invalid.kind !== 'invalid') throw new Error('expected invalid');
      expect(invalid.problems.some((p) => p.startsWith('data.'))).to.equal(true);
      expect(invalid.at).to.equal(AT);
      if (items[2].kind !== 'invalid') throw new Error('expected invalid');
      expect(items[2].problems).to.deep.equal(['The record is not an object']);
    });

    it('shows a newer major version, or an unknown exercise, as readable fields', () => {
      const newer = parseItem({
        ...thoughtRecord(AT),
        schema: 'thought-record/3',
        data: { situation: 'At work', moods: [{ name: 'Sad', intensity: 40 }], extra: { flag: true } },
      });
      expect(newer.kind).to.equal('newer');
      if (newer.kind !== 'newer') return;
      expect(newer.schema).to.equal('thought-record/3');
      expect(newer.fields).to.deep.equal([
        { path: 'situation', value: 'At work' },
        { path: 'moods[1].name', value: 'Sad' },
        { path: 'moods[1].intensity', value: '40' },
        { path: 'extra.flag', value: 'true' },
      ]);
      expect(
        parseItem({ id: 'x', exercise: 'sleep-diary', schema: 'sleep-diary/1', data: { hours: 7 } }).kind,
      ).to.equal('newer');
      // The same major version that fails validation is invalid, not "newer".
      expect(parseItem({ ...thoughtRecord(AT), schema: 'thought-record/1', data: {} }).kind).to.equal('invalid');
    });

    it('gives two records with one id distinct keys', () => {
      const entry = moodCheckIn(AT);
      const keys = parseItems([entry, entry]).map((item) => item.key);
      expect(keys).to.deep.equal([entry.id, `${entry.id}#1`]);
    });

    it('reads an array or { entries } from the source, and nothing else', () => {
      expect(entriesFromResponse([1])).to.deep.equal([1]);
      expect(entriesFromResponse({ entries: [2] })).to.deep.equal([2]);
      expect(entriesFromResponse({ items: [] })).to.equal(null);
      expect(entriesFromResponse('[]')).to.equal(null);
    });
  });

  describe('filters and sort', () => {
    const items = parseItems([
      thoughtRecord('2026-11-01T10:00:00.000+01:00'),
      moodCheckIn('2026-11-05T23:30:00.000-05:00'),
      experiment('2026-11-10T09:00:00.000+00:00'),
      { id: 'broken', exercise: 'thought-record', schema: 'thought-record/1' },
    ]);

    it('filters by exercise; unreadable records are "other"', () => {
      expect(filterItems(items, { exercise: 'mood-tracker', from: '', to: '' }).length).to.equal(1);
      expect(filterItems(items, { exercise: 'other', from: '', to: '' }).map((i) => i.key)).to.deep.equal(['broken']);
    });

    it('filters by the client’s calendar day, inclusive; an undated invalid record stays visible', () => {
      const shown = filterItems(items, { exercise: 'all', from: '2026-11-05', to: '2026-11-05' });
      // 23:30 on the 5th in New York is the 6th in UTC: the client's day counts.
      expect(shown.map((i) => i.kind)).to.deep.equal(['entry', 'invalid']);
      expect(filterItems(items, { exercise: 'all', from: '2026-11-06', to: '' }).length).to.equal(2);
    });

    it('sorts newest or oldest first (undated last), or by exercise', () => {
      const exercises = (list: typeof items) => list.map((i) => i.exercise);
      expect(exercises(sortItems(items, 'newest'))).to.deep.equal([
        'behavioural-experiment',
        'mood-tracker',
        'thought-record',
        'thought-record',
      ]);
      expect(sortItems(items, 'oldest').map((i) => i.key)[3]).to.equal('broken');
      expect(sortItems(items, 'exercise').map((i) => i.kind === 'entry' && i.entry.exercise)).to.deep.equal([
        'thought-record',
        'behavioural-experiment',
        'mood-tracker',
        false,
      ]);
    });
  });

  describe('the since brief', () => {
    const assignments: Assignment[] = [
      { id: 'a-tr', exercise: 'thought-record', title: 'Thought record' },
      { id: 'a-be', exercise: 'behavioural-experiment' },
      { id: 'a-mood', exercise: 'mood-tracker' },
    ];
    const items = parseItems([
      thoughtRecord('2026-11-02T10:00:00.000+01:00', {}, { assignmentId: 'a-tr' }),
      thoughtRecord('2026-11-12T10:00:00.000+01:00', {}, { assignmentId: 'a-tr' }),
      experiment(
        '2026-11-13T10:00:00.000+01:00',
        { phase: 'plan', phaseCompleted: 'plan', outcome: '' },
        { assignmentId: 'a-be' },
      ),
      moodCheckIn('2026-11-14T10:00:00.000+01:00'),
      { id: 'junk' },
    ]);

    it('gives each assignment its state by the documented rule', () => {
      const brief = sinceBrief(items, '2026-11-10', assignments);
      expect(brief.assignments.map((a) => [a.assignment.id, a.state, a.entries, a.entriesSince])).to.deep.equal([
        ['a-tr', 'completed', 2, 1],
        ['a-be', 'in-progress', 1, 1],
        ['a-mood', 'not-started', 0, 0],
      ]);
      expect(brief.assignments[0].lastAt).to.equal('2026-11-12T10:00:00.000+01:00');
    });

    it('counts what arrived since the date by exercise, undated records included', () => {
      const brief = sinceBrief(items, '2026-11-10', assignments);
      expect(brief.since).to.equal('2026-11-10');
      expect(brief.items).to.equal(4);
      expect(brief.byExercise).to.deep.equal([
        { exercise: 'thought-record', count: 1 },
        { exercise: 'behavioural-experiment', count: 1 },
        { exercise: 'mood-tracker', count: 1 },
        { exercise: 'other', count: 1 },
      ]);
      expect(brief.unreadable).to.equal(1);
      expect(brief.unassigned).to.equal(1);
    });

    it('covers everything without a (valid) date', () => {
      expect(sinceBrief(items, 'last tuesday').since).to.equal(null);
      expect(sinceBrief(items, undefined).items).to.equal(5);
    });
  });

  describe('thought records', () => {
    it('gives moods before, after and the change, the hot and the balanced thought', () => {
      const entry = thoughtRecord(AT, {
        moods: [
          { id: 'a', name: 'Anxious', intensity: 80, rerated: 50 },
          { id: 'b', name: 'Sad', intensity: 30 },
        ],
      }) as ThoughtRecordEntry;
      const [row] = summariseThoughtRecords([entry]).rows;
      expect(row.moods).to.deep.equal([
        { name: 'Anxious', before: 80, beforeUncertain: false, after: 50, change: -30 },
        { name: 'Sad', before: 30, beforeUncertain: false, after: null, change: null },
      ]);
      expect(row.hotThought).to.equal('I will be fired');
      expect(row.balancedThought).to.equal('She may have been tired; my work has been fine');
      expect(row.balancedBelief).to.equal(60);
    });

    it('counts distortion labels once per record, most frequent first, ties alphabetically', () => {
      const entries = [
        thoughtRecord('2026-11-01T10:00:00Z', { distortions: ['labelling', 'labelling', 'mental-filter'] }),
        thoughtRecord('2026-11-02T10:00:00Z', { distortions: ['mental-filter', 'all-or-nothing'] }),
        thoughtRecord('2026-11-03T10:00:00Z', { distortions: ['My own label'], thoughts: [] }),
      ] as ThoughtRecordEntry[];
      const summary = summariseThoughtRecords(entries);
      expect(summary.distortions).to.deep.equal([
        { label: 'mental-filter', count: 2 },
        { label: 'My own label', count: 1 },
        { label: 'all-or-nothing', count: 1 },
        { label: 'labelling', count: 1 },
      ]);
      expect(summary.rows.map((r) => r.at)).to.deep.equal([
        '2026-11-03T10:00:00Z',
        '2026-11-02T10:00:00Z',
        '2026-11-01T10:00:00Z',
      ]);
      expect(summary.rows[0].hotThought).to.equal(null);
      expect(countLabels([])).to.deep.equal([]);
    });
  });

  describe('behavioural experiments', () => {
    it('puts the prediction beside the outcome with the belief change; a plan alone is marked', () => {
      const done = experiment('2026-11-02T10:00:00Z') as BehaviouralExperimentEntry;
      const plan = experiment('2026-11-03T10:00:00Z', {
        phase: 'plan',
        phaseCompleted: 'plan',
        outcome: '',
        targetBeliefAfter: undefined,
        targetBelief: 'Nobody will come',
      }) as BehaviouralExperimentEntry;
      const summary = summariseExperiments([done, plan]);
      expect(summary.planOnly).to.equal(1);
      expect(summary.rows[1]).to.include({
        prediction: 'Everyone will laugh',
        outcome: 'Two people nodded, nobody laughed',
        beliefBefore: 80,
        beliefAfter: 40,
        beliefChange: -40,
        planOnly: false,
      });
      expect(summary.rows[0]).to.include({ planOnly: true, beliefChange: null });
    });

    it('links repeats of one belief (case and spacing aside), with earlier runs the device knew of', () => {
      const first = experiment('2026-11-02T10:00:00Z', { targetBeliefBefore: 90, targetBeliefAfter: 70 });
      const second = experiment('2026-11-09T10:00:00Z', {
        targetBelief: '  if I speak up,  people will LAUGH ',
        targetBeliefBefore: 70,
        targetBeliefAfter: 50,
        previous: [
          { entryId: 'older-run', beliefBefore: 95, beliefAfter: 90, completedAt: '2026-10-20T10:00:00Z' },
          { entryId: first.id, beliefBefore: 90, beliefAfter: 70, completedAt: first.completedAt },
        ],
      });
      const other = experiment('2026-11-05T10:00:00Z', { targetBelief: 'I cannot cope alone' });
      const { repeats } = summariseExperiments([second, other, first] as BehaviouralExperimentEntry[]);
      expect(repeats.length).to.equal(1);
      expect(repeats[0].targetBelief).to.equal('If I speak up, people will laugh');
      expect(repeats[0].runs.map((r) => [r.entryId, r.beliefBefore, r.beliefAfter, r.shown])).to.deep.equal([
        ['older-run', 95, 90, false],
        [first.id, 90, 70, true],
        [second.id, 70, 50, true],
      ]);
    });
  });

  describe('mood over time', () => {
    const mood = (at: string, value: number, extra: Record<string, unknown> = {}) =>
      moodCheckIn(at, { at, mood: { value, scale: '0-10' }, ...extra }) as MoodTrackerEntry;

    it('groups by day, week, time of day and weekday on the client’s clock', () => {
      const summary = summariseMoodEntries([
        mood('2026-11-02T08:00:00.000+01:00', 2), // Monday morning
        mood('2026-11-02T20:00:00.000+01:00', 6), // Monday evening
        mood('2026-11-09T23:30:00.000-05:00', 8), // Monday (next week) evening, Tuesday in UTC
      ]);
      expect(summary.count).to.equal(3);
      expect(summary.first).to.equal('2026-11-02');
      expect(summary.last).to.equal('2026-11-09');
      expect(summary.history!.days.length).to.equal(8);
      expect(summary.history!.days[0]).to.include({ day: '2026-11-02', count: 2, mean: 0.4, min: 0.2, max: 0.6 });
      expect(summary.weeks.map((w) => [w.week, w.count, w.mean])).to.deep.equal([
        ['2026-11-02', 2, 0.4],
        ['2026-11-09', 1, 0.8],
      ]);
      expect(summary.history!.weekdays[0].count).to.equal(3);
      expect(summary.history!.timesOfDay.map((t) => t.count)).to.deep.equal([0, 1, 0, 2]);
    });

    it('averages mood, mastery and pleasure per activity, most frequent first', () => {
      const summary = summariseMoodEntries([
        mood('2026-11-02T08:00:00Z', 4, { activity: { name: 'Walk', mastery: 6, pleasure: 8 } }),
        mood('2026-11-03T08:00:00Z', 8, { activity: { name: ' walk ', pleasure: 4 } }),
        mood('2026-11-04T08:00:00Z', 1, { activity: { name: 'Cleaning', mastery: 7 } }),
        mood('2026-11-05T08:00:00Z', 5),
      ]);
      expect(summary.activities).to.deep.equal([
        { name: 'Walk', count: 2, mood: 0.6000000000000001, mastery: 6, pleasure: 6 },
        { name: 'Cleaning', count: 1, mood: 0.1, mastery: 7, pleasure: null },
      ]);
    });

    it('shows levels on the scale most check-ins used', () => {
      const summary = summariseMoodEntries([
        moodCheckIn(AT, { mood: { value: 60, scale: '0-100' } }) as MoodTrackerEntry,
        moodCheckIn(AT, { mood: { value: -1, scale: 'valence' } }) as MoodTrackerEntry,
        moodCheckIn(AT, { mood: { value: 2, scale: 'valence' } }) as MoodTrackerEntry,
      ]);
      expect(summary.scale).to.equal('valence');
      expect(summariseMoodEntries([]).history).to.equal(null);
    });

    it('weights weekly means by check-ins', () => {
      const weeks = weeksOf([
        { day: '2026-11-04', count: 3, mean: 0.2, min: 0.1, max: 0.3, unsent: 0 },
        { day: '2026-11-05', count: 1, mean: 0.6, min: 0.6, max: 0.6, unsent: 0 },
        { day: '2026-11-06', count: 0, mean: null, min: null, max: null, unsent: 0 },
      ]);
      expect(weeks.length).to.equal(1);
      expect(weeks[0].week).to.equal('2026-11-02');
      expect(weeks[0].mean).to.be.closeTo(0.3, 1e-9);
      expect([weeks[0].min, weeks[0].max]).to.deep.equal([0.1, 0.6]);
    });
  });

  describe('engagement', () => {
    it('sums time and sittings, counts ratings and obstacles, lists reflections newest first', () => {
      const review = (r: Record<string, unknown>) => ({
        engagement: {
          activeSeconds: 0,
          sittings: 1,
          edits: 0,
          fieldsFilled: 1,
          fieldsOffered: 3,
          selfReview: { obstacles: [], reflection: '', ...r },
          ...(r.engagement as object),
        },
      });
      const entries = [
        thoughtRecord(
          '2026-11-01T10:00:00Z',
          {},
          review({ effort: 3, obstacles: ['forgot', 'too-big'], reflection: 'Old' }),
        ),
        moodCheckIn('2026-11-03T10:00:00Z', {}, review({ effort: 3, difficulty: 1, reflection: 'New' })),
        experiment('2026-11-02T10:00:00Z', {}, review({ obstacles: ['forgot'], reflection: '  ' })),
      ];
      entries[0].engagement.activeSeconds = 300;
      entries[1].engagement.activeSeconds = 60;
      entries[2].engagement.activeSeconds = 100;
      entries[2].engagement.sittings = 3;
      const summary = summariseEngagement(entries);
      expect(summary).to.include({
        entries: 3,
        activeSeconds: 460,
        medianActiveSeconds: 100,
        sittings: 5,
        returnedTo: 1,
      });
      expect(summary.ratings.effort).to.deep.equal({ counts: [0, 0, 0, 2, 0], unrated: 1 });
      expect(summary.ratings.difficulty).to.deep.equal({ counts: [0, 1, 0, 0, 0], unrated: 2 });
      expect(summary.obstacles.slice(0, 3)).to.deep.equal([
        { obstacle: 'forgot', count: 2 },
        { obstacle: 'too-big', count: 1 },
        { obstacle: 'unclear', count: 0 },
      ]);
      expect(summary.reflections.map((r) => r.text)).to.deep.equal(['New', 'Old']);
      expect(summariseEngagement([]).medianActiveSeconds).to.equal(null);
    });

    it('summarises only the readable entries, counting the others', () => {
      const summary = summariseReview(
        parseItems([moodCheckIn(AT), { id: 'x' }, { schema: 'mood-tracker/7', exercise: 'mood-tracker' }]),
      );
      expect(summary).to.include({ shown: 3, invalid: 1, newer: 1 });
      expect(summary.mood.count).to.equal(1);
      expect(summary.engagement.entries).to.equal(1);
    });
  });

  describe('export', () => {
    it('neutralises cells a spreadsheet would run as a formula', () => {
      for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralise(`${start}1+1`)).to.equal(`'${start}1+1`);
      expect(neutralise('A normal sentence = fine')).to.equal('A normal sentence = fine');
      // Spreadsheets skip leading whitespace and read full-width signs as formula starters.
      for (const start of [' =', '  +', '\u00a0-', '\u3000@', '\n=', ' \t=', '＝', '＋', '－', '＠', ' ＝'])
        expect(neutralise(`${start}SUM(A1)`), JSON.stringify(start)).to.equal(`'${start}SUM(A1)`);
      expect(neutralise('  plain text')).to.equal('  plain text');
      expect(neutralise('I felt −3 today')).to.equal('I felt −3 today');
      expect(csvCell('=HYPERLINK("http://evil.example","click")')).to.equal(
        `"'=HYPERLINK(""http://evil.example"",""click"")"`,
      );
      expect(csvCell(-3)).to.equal('-3');
      expect(csvCell('line one\nline two')).to.equal('"line one\nline two"');
      expect(csvCell('a,b')).to.equal('"a,b"');
      expect(csvCell(null)).to.equal('');
    });

    it('writes one row per record with a header, BOM and CRLF; JSON exports records as received', () => {
      const hostile = thoughtRecord(AT, { situation: '=HYPERLINK("http://evil.example")' });
      const items = parseItems([hostile, { id: 'broken', exercise: 'mood-tracker' }]);
      const csv = exportCsv(items);
      expect(csv.startsWith('\uFEFFid,exercise,schema,readable,')).to.equal(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines.length).to.equal(4);
      expect(lines[3]).to.equal('');
      expect(lines[1]).to.contain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(lines[1]).to.not.match(/,=HYPERLINK/);
      expect(lines[2]).to.match(/^broken,mood-tracker,,invalid,/);
      expect(JSON.parse(exportJson(items))).to.deep.equal([hostile, { id: 'broken', exercise: 'mood-tracker' }]);
    });
  });

  describe('the list pages', () => {
    it('finds the page holding a row, clamped to the list', () => {
      expect(pageFor(0, 10_000)).to.deep.equal({ start: 0, end: PAGE_SIZE });
      expect(pageFor(PAGE_SIZE, 10_000)).to.deep.equal({ start: PAGE_SIZE, end: 2 * PAGE_SIZE });
      expect(pageFor(9_999, 10_000, 100)).to.deep.equal({ start: 9_900, end: 10_000 });
      expect(pageFor(250, 230, 100)).to.deep.equal({ start: 200, end: 230 });
      expect(pageFor(-4, 3)).to.deep.equal({ start: 0, end: 3 });
      expect(pageFor(0, 0)).to.deep.equal({ start: 0, end: 0 });
    });
  });
});
