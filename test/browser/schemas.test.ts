import { expect } from '@open-wc/testing';
import { parseAssignment } from '../../src/core/assignment.js';
import { validateEntry } from '../../src/core/entry.js';
import { emptyThoughtRecord, filledSteps, stepsFor, submitProblems } from '../../src/exercises/thought-record.js';

export function sampleEntry(overrides: Record<string, unknown> = {}) {
  return {
    id: '3f2b8a5e-1c4d-4e6f-8a9b-0c1d2e3f4a5b',
    exercise: 'thought-record',
    schema: 'thought-record/1',
    assignmentId: 'a-1',
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: '2026-11-24T09:00:00.000+01:00',
    updatedAt: '2026-11-24T09:05:00.000+01:00',
    completedAt: '2026-11-24T09:06:00.000+01:00',
    data: { ...emptyThoughtRecord(7), situation: 'Meeting at work' },
    engagement: {
      activeSeconds: 120,
      sittings: 1,
      edits: 4,
      fieldsFilled: 1,
      fieldsOffered: 7,
      selfReview: { obstacles: [], reflection: '' },
    },
    ...overrides,
  };
}

describe('entry and exercise schemas', () => {
  it('accepts a complete thought record entry', () => {
    expect(validateEntry(sampleEntry())).to.deep.include({ ok: true });
  });

  it('explains what is wrong with an invalid entry, path by path', () => {
    const result = validateEntry(
      sampleEntry({
        id: 'not-a-uuid',
        data: { ...emptyThoughtRecord(7), moods: [{ id: 'm', name: 'sad', intensity: 140 }] },
      }),
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.startsWith('id:'))).to.equal(true);
    expect(result.problems.some((p) => p.startsWith('data.moods.0.intensity:'))).to.equal(true);
  });

  it('allows only one hot thought', () => {
    const data = {
      ...emptyThoughtRecord(7),
      situation: 'x',
      thoughts: [
        { id: 't1', text: 'a', hot: true },
        { id: 't2', text: 'b', hot: true },
      ],
    };
    expect(validateEntry(sampleEntry({ data })).ok).to.equal(false);
  });

  it('offers 3, 5 or 7 steps by column count', () => {
    expect(stepsFor(3)).to.deep.equal(['situation', 'moods', 'automaticThoughts']);
    expect(stepsFor(5)).to.deep.equal(['situation', 'moods', 'automaticThoughts', 'balancedThought', 'rerateMoods']);
    expect(stepsFor(7)).to.have.length(7);
  });

  it('needs only the situation to submit, but no blank rows', () => {
    expect(submitProblems(emptyThoughtRecord(7))).to.deep.equal(['situationMissing']);
    const data = { ...emptyThoughtRecord(7), situation: 'x', moods: [{ id: 'm', name: ' ', intensity: 10 }] };
    expect(submitProblems(data)).to.deep.equal(['moodNameMissing']);
  });

  it('counts filled steps of those offered', () => {
    const data = {
      ...emptyThoughtRecord(5),
      situation: 'x',
      moods: [{ id: 'm', name: 'sad', intensity: 60, rerated: 30 }],
    };
    expect(filledSteps(data)).to.deep.equal({ filled: 3, offered: 5 });
  });

  it('validates assignments and rejects unknown exercises', () => {
    expect(parseAssignment({ id: 'a', exercise: 'thought-record', columns: 5 }).success).to.equal(true);
    expect(parseAssignment({ id: 'a', exercise: 'tarot' }).success).to.equal(false);
    expect(parseAssignment({ id: 'a', exercise: 'thought-record', columns: 4 }).success).to.equal(false);
  });
});
