// The mood check-in's pure logic: schema, scales, submit problems, and the history's
// grouping by day, time of day and day of week. No DOM, no storage.
import { expect } from '@open-wc/testing';
import { validateEntry } from '../../src/core/entry.js';
import { localDay, moodPoint, summariseMood, type MoodPoint } from '../../src/exercises/mood-history.js';
import {
  completeCheckIn,
  emptyCheckIn,
  filledParts,
  levelOnScale,
  moodLevel,
  submitProblems,
  type MoodRating,
} from '../../src/exercises/mood-tracker.js';

const point = (at: string, mood: MoodRating, sent = true, id = at): MoodPoint => ({ id, at, mood, sent });
const ten = (value: number): MoodRating => ({ value, scale: '0-10' });

function moodEntry(data: unknown) {
  return {
    id: '3f2b8a5e-1c4d-4e6f-8a9b-0c1d2e3f4a5b',
    exercise: 'mood-tracker',
    schema: 'mood-tracker/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: '2026-11-24T09:00:00.000+01:00',
    updatedAt: '2026-11-24T09:00:10.000+01:00',
    completedAt: '2026-11-24T09:00:20.000+01:00',
    data,
    engagement: {
      activeSeconds: 20,
      sittings: 1,
      edits: 2,
      fieldsFilled: 1,
      fieldsOffered: 6,
      selfReview: { obstacles: [], reflection: '' },
    },
  };
}

describe('mood check-in logic', () => {
  it('needs only the overall mood to submit', () => {
    expect(submitProblems(emptyCheckIn(), Date.now())).to.deep.equal(['mood.missing']);
    expect(submitProblems({ ...emptyCheckIn(), mood: ten(0) }, Date.now())).to.deep.equal([]);
  });

  it('refuses a check-in time in the future', () => {
    const nowMs = Date.parse('2026-11-24T09:00:00.000+01:00');
    const draft = { ...emptyCheckIn(), mood: ten(5), at: '2026-11-24T10:00:00.000+01:00' };
    expect(submitProblems(draft, nowMs)).to.deep.equal(['mood.future']);
    expect(submitProblems({ ...draft, at: '2026-11-24T08:00:00.000+01:00' }, nowMs)).to.deep.equal([]);
  });

  it('stamps "now" at completion and keeps an earlier time the client chose', () => {
    const done = '2026-11-24T09:00:20.000+01:00';
    expect(completeCheckIn({ ...emptyCheckIn(), mood: ten(4) }, done).at).to.equal(done);
    const earlier = '2026-11-23T22:15:00.000+01:00';
    expect(completeCheckIn({ ...emptyCheckIn(), mood: ten(4), at: earlier }, done).at).to.equal(earlier);
  });

  it('accepts a full check-in entry and rejects a mood outside its scale', () => {
    const data = {
      ...completeCheckIn({ ...emptyCheckIn(), mood: { value: -2, scale: 'valence' } }, '2026-11-24T09:00:20.000+01:00'),
      emotions: [{ name: 'anxious', intensity: 7 }, { name: 'Homesick' }],
      doing: 'Cooking',
      withWhom: 'Alone',
      trigger: 'A message from my sister',
      sleep: { hours: 6.5, quality: 1 },
      activity: { name: 'Walk', mastery: 6, pleasure: 3 },
      note: 'Rain all day',
    };
    expect(validateEntry(moodEntry(data))).to.deep.include({ ok: true });
    const outside = validateEntry(moodEntry({ ...data, mood: { value: 11, scale: '0-10' } }));
    expect(outside.ok).to.equal(false);
    expect(validateEntry(moodEntry({ ...data, mood: { value: 4, scale: 'valence' } })).ok).to.equal(false);
    expect(validateEntry(moodEntry({ ...data, sleep: { hours: 6.3 } })).ok).to.equal(false);
    expect(validateEntry(moodEntry({ ...data, mood: undefined })).ok).to.equal(false);
  });

  it('counts the parts the client filled, out of six', () => {
    expect(filledParts(emptyCheckIn())).to.deep.equal({ filled: 0, offered: 6 });
    const some = { ...emptyCheckIn(), mood: ten(3), sleep: { quality: 2 }, note: 'x' };
    expect(filledParts(some)).to.deep.equal({ filled: 3, offered: 6 });
  });

  it('puts every scale on one 0..1 level and back', () => {
    expect(moodLevel(ten(6))).to.equal(0.6);
    expect(moodLevel({ value: 25, scale: '0-100' })).to.equal(0.25);
    expect(moodLevel({ value: -3, scale: 'valence' })).to.equal(0);
    expect(moodLevel({ value: 0, scale: 'valence' })).to.equal(0.5);
    expect(levelOnScale(0.5, 'valence')).to.equal(0);
    expect(levelOnScale(0.6, '0-100')).to.be.closeTo(60, 1e-9);
  });
});

describe('mood history', () => {
  it('is empty, with every day of the window present, when there are no check-ins', () => {
    const history = summariseMood([], '2026-11-24', 7);
    expect(history.days.map((d) => d.day)).to.deep.equal([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(history.overall).to.deep.include({ count: 0, mean: null, min: null, max: null, unsent: 0 });
    expect(history.points).to.deep.equal([]);
    expect(history.weekdays.every((w) => w.count === 0 && w.mean === null)).to.equal(true);
  });

  it('shows a single check-in on its day, time of day and weekday', () => {
    // 2026-11-24 is a Tuesday; 09:30 is morning.
    const history = summariseMood([point('2026-11-24T09:30:00.000+01:00', ten(7))], '2026-11-24', 7);
    expect(history.days[6]).to.deep.include({ count: 1, mean: 0.7, min: 0.7, max: 0.7 });
    expect(history.points[0]).to.deep.include({ dayIndex: 6, hour: 9.5, level: 0.7 });
    expect(history.timesOfDay.map((t) => t.count)).to.deep.equal([0, 1, 0, 0]);
    expect(history.weekdays.map((w) => w.count)).to.deep.equal([0, 1, 0, 0, 0, 0, 0]);
  });

  it('keeps many check-ins a day apart and averages them per day', () => {
    const history = summariseMood(
      [
        point('2026-11-23T08:00:00.000+01:00', ten(2)),
        point('2026-11-23T13:00:00.000+01:00', ten(4)),
        point('2026-11-23T21:00:00.000+01:00', ten(9), false),
      ],
      '2026-11-24',
      7,
    );
    const monday = history.days[5];
    expect(monday.day).to.equal('2026-11-23');
    expect(monday.count).to.equal(3);
    expect(monday.mean).to.be.closeTo(0.5, 1e-9);
    expect(monday).to.deep.include({ min: 0.2, max: 0.9, unsent: 1 });
    expect(history.overall.unsent).to.equal(1);
    expect(history.timesOfDay.map((t) => t.count)).to.deep.equal([0, 1, 1, 1]);
    expect(history.weekdays[0].count).to.equal(3);
  });

  it('uses the hour on the client’s clock, whatever the offset', () => {
    // 23:30 in New York is the next day in UTC; it still counts as that evening.
    const history = summariseMood([point('2026-11-20T23:30:00.000-05:00', ten(5))], '2026-11-24', 7);
    expect(history.days[2]).to.deep.include({ day: '2026-11-20', count: 1 });
    expect(history.timesOfDay[3].count).to.equal(1);
    expect(history.weekdays[4].count).to.equal(1); // a Friday
  });

  it('leaves out check-ins before the window and after today', () => {
    const points = [
      point('2026-11-17T12:00:00.000+01:00', ten(1)),
      point('2026-11-18T00:00:00.000+01:00', ten(2)),
      point('2026-11-25T00:10:00.000+01:00', ten(3)),
    ];
    expect(summariseMood(points, '2026-11-24', 7).overall.count).to.equal(1);
    expect(summariseMood(points, '2026-11-24', 30).overall.count).to.equal(2);
  });

  it('puts check-ins given on different scales side by side', () => {
    const history = summariseMood(
      [
        point('2026-11-24T10:00:00.000+01:00', ten(8), true, 'a'),
        point('2026-11-24T11:00:00.000+01:00', { value: 40, scale: '0-100' }, true, 'b'),
        point('2026-11-24T12:00:00.000+01:00', { value: 3, scale: 'valence' }, true, 'c'),
      ],
      '2026-11-24',
      7,
    );
    expect(history.overall.mean).to.be.closeTo((0.8 + 0.4 + 1) / 3, 1e-9);
  });

  it('averages thousands of check-ins over thirty days', () => {
    const points: MoodPoint[] = [];
    for (let day = 1; day <= 30; day++) {
      for (let hour = 0; hour < 24; hour += 0.25) {
        const hh = String(Math.floor(hour)).padStart(2, '0');
        const mm = String((hour % 1) * 60).padStart(2, '0');
        const at = `2026-11-${String(day).padStart(2, '0')}T${hh}:${mm}:00.000+01:00`;
        points.push(point(at, ten(hour < 12 ? 2 : 8), day !== 30));
      }
    }
    const history = summariseMood(points, '2026-11-30', 30);
    expect(history.overall.count).to.equal(2880);
    expect(history.overall.unsent).to.equal(96);
    expect(history.overall.mean).to.be.closeTo(0.5, 1e-9);
    expect(history.timesOfDay.map((t) => Math.round(t.mean! * 100) / 100)).to.deep.equal([0.2, 0.2, 0.8, 0.8]);
    expect(history.days.every((d) => d.count === 96)).to.equal(true);
  });

  it('takes check-ins from mood entries only, and only well-formed ones', () => {
    const data = { at: '2026-11-24T09:00:00.000+01:00', mood: ten(5) };
    expect(moodPoint({ id: 'a', exercise: 'mood-tracker', data }, true)).to.deep.equal({
      id: 'a',
      at: data.at,
      mood: data.mood,
      sent: true,
    });
    expect(moodPoint({ id: 'b', exercise: 'thought-record', data }, true)).to.equal(null);
    expect(moodPoint({ id: 'c', exercise: 'mood-tracker', data: { at: 'yesterday', mood: ten(5) } }, true)).to.equal(
      null,
    );
    expect(moodPoint({ id: 'd', exercise: 'mood-tracker', data: { at: data.at, mood: ten(12) } }, true)).to.equal(null);

    // Checked by hand (without zod), as the rating's schema would: an integer on a known scale.
    const damaged = [
      null,
      'text',
      { at: data.at },
      { at: data.at, mood: { value: 2.5, scale: '0-10' } },
      { at: data.at, mood: { value: '5', scale: '0-10' } },
      { at: data.at, mood: { value: 5, scale: '1-5' } },
      { at: data.at, mood: { value: -4, scale: 'valence' } },
      { at: 9, mood: ten(5) },
    ];
    for (const candidate of damaged)
      expect(
        moodPoint({ id: 'e', exercise: 'mood-tracker', data: candidate }, true),
        JSON.stringify(candidate),
      ).to.equal(null);
    const valence = { at: data.at, mood: { value: -3, scale: 'valence' }, extra: true };
    expect(moodPoint({ id: 'f', exercise: 'mood-tracker', data: valence }, false)).to.deep.equal({
      id: 'f',
      at: data.at,
      mood: { value: -3, scale: 'valence' },
      sent: false,
    });
  });

  it('names the local calendar day of an instant', () => {
    const noon = new Date(2026, 10, 24, 12).getTime();
    expect(localDay(noon)).to.equal('2026-11-24');
  });
});
