import { expect } from '@open-wc/testing';
import { validateEntry } from '../../src/core/entry.js';
import {
  completedExperiment,
  emptyExperiment,
  filledFields,
  localInputValue,
  scheduledFromLocal,
  submitProblems,
  type ExperimentDraft,
} from '../../src/exercises/behavioural-experiment.js';
import { earlierRuns } from '../../src/exercises/experiment-runs.js';
import { calendarFile, escapeText, foldLine, utcDateTime } from '../../src/exercises/calendar-file.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

function plan(change: Partial<ExperimentDraft> = {}): ExperimentDraft {
  return { ...emptyExperiment(), targetBelief: 'People will laugh at me', experiment: 'Ask a question', ...change };
}

function experimentEntry(id: string, completedAt: string, data: Partial<ExperimentDraft>) {
  return {
    id,
    exercise: 'behavioural-experiment',
    schema: 'behavioural-experiment/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: completedAt,
    updatedAt: completedAt,
    completedAt,
    data: completedExperiment(plan({ phase: 'outcome', outcome: 'Nobody laughed', ...data }), [], completedAt),
    engagement: {
      activeSeconds: 60,
      sittings: 2,
      edits: 10,
      fieldsFilled: 4,
      fieldsOffered: 11,
      selfReview: { obstacles: [], reflection: '' },
    },
  };
}

describe('behavioural experiment logic', () => {
  it('needs a target belief and an experiment, and an outcome once the client is in that phase', () => {
    expect(submitProblems(emptyExperiment(), true)).to.deep.equal(['be.targetMissing', 'be.experimentMissing']);
    expect(submitProblems(plan({ phase: 'outcome' }), false)).to.deep.equal(['be.outcomeMissing']);
    expect(submitProblems(plan({ phase: 'outcome', outcome: 'It went fine' }), false)).to.deep.equal([]);
  });

  it('sends a plan alone only when the assignment allows it', () => {
    expect(submitProblems(plan(), false)).to.deep.equal(['be.outcomeNeeded']);
    expect(submitProblems(plan(), true)).to.deep.equal([]);
  });

  it('refuses blank rows the client added', () => {
    const data = plan({
      safetyBehaviours: [{ id: 's1', text: ' ' }],
      obstacles: [{ id: 'o1', obstacle: '', strategy: '' }],
    });
    expect(submitProblems(data, true)).to.deep.equal(['be.safetyBlank', 'be.obstacleBlank']);
  });

  it('marks which phase was completed, and when', () => {
    const at = '2026-12-03T10:00:00.000+01:00';
    const planOnly = completedExperiment(plan(), [], at);
    expect(planOnly).to.deep.include({ phaseCompleted: 'plan', planCompletedAt: at });
    expect(planOnly.outcomeRecordedAt).to.equal(undefined);

    const earlier = '2026-12-01T09:00:00.000+01:00';
    const done = completedExperiment(plan({ phase: 'outcome', planCompletedAt: earlier }), [], at);
    expect(done).to.deep.include({ phaseCompleted: 'outcome', planCompletedAt: earlier, outcomeRecordedAt: at });
  });

  it('counts the fields offered in the phases the client reached', () => {
    expect(filledFields(plan())).to.deep.equal({ filled: 2, offered: 7 });
    expect(filledFields(plan({ phase: 'outcome', outcome: 'x', targetBeliefAfter: 0 }))).to.deep.equal({
      filled: 4,
      offered: 11,
    });
  });

  it('accepts a completed experiment as an entry, and refuses one that does not say which phase it completed', () => {
    const entry = experimentEntry('3f2b8a5e-1c4d-4e6f-8a9b-0c1d2e3f4a5b', '2026-12-03T10:00:00.000+01:00', {});
    expect(validateEntry(entry)).to.deep.include({ ok: true });
    const { phaseCompleted: _, ...withoutPhase } = entry.data;
    const result = validateEntry({ ...entry, data: withoutPhase });
    expect(result.ok).to.equal(false);
  });

  it('links earlier runs of the same target belief, oldest first, whatever the case and spacing', () => {
    const first = experimentEntry('11111111-1111-4111-8111-111111111111', '2026-11-01T10:00:00.000+01:00', {
      targetBeliefBefore: 90,
      targetBeliefAfter: 60,
    });
    const second = experimentEntry('22222222-2222-4222-8222-222222222222', '2026-11-08T10:00:00.000+01:00', {
      targetBelief: '  people WILL laugh   at me ',
      targetBeliefBefore: 70,
      targetBeliefAfter: 40,
    });
    const other = experimentEntry('33333333-3333-4333-8333-333333333333', '2026-11-05T10:00:00.000+01:00', {
      targetBelief: 'I will faint',
    });
    const thoughtRecord = { ...first, id: '44444444-4444-4444-8444-444444444444', exercise: 'thought-record' };
    const runs = earlierRuns([second, other, thoughtRecord, first], 'People will laugh at me');
    expect(runs).to.deep.equal([
      { entryId: first.id, beliefBefore: 90, beliefAfter: 60, completedAt: first.completedAt },
      { entryId: second.id, beliefBefore: 70, beliefAfter: 40, completedAt: second.completedAt },
    ]);
    expect(earlierRuns([first], '')).to.deep.equal([]);
  });

  it('turns the planned local time into an instant with the device offset, and back', () => {
    const iso = scheduledFromLocal('2026-12-01T18:30')!;
    expect(Date.parse(iso)).to.equal(new Date(2026, 11, 1, 18, 30).getTime());
    expect(localInputValue(iso)).to.equal('2026-12-01T18:30');
    expect(scheduledFromLocal('')).to.equal(undefined);
    expect(localInputValue(undefined)).to.equal('');
  });
});

describe('calendar file', () => {
  const reminder = {
    uid: 'abc@homework-elements',
    start: Date.UTC(2026, 11, 1, 17, 30),
    minutes: 30,
    stamp: Date.UTC(2026, 10, 24, 8, 0, 5),
    summary: 'My experiment',
    description: 'Ask one question, then stay; no notes\\cards.\nSecond line',
    location: 'Office, room 3',
    alarmMinutesBefore: 15,
  };

  it('ends every line with CRLF and writes times in UTC', () => {
    const text = calendarFile(reminder);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines).to.include('DTSTART:20261201T173000Z');
    expect(lines).to.include('DTSTAMP:20261124T080005Z');
    expect(lines).to.include('UID:abc@homework-elements');
    expect(lines).to.include('TRIGGER:-PT15M');
    expect(utcDateTime(Date.UTC(2027, 0, 2, 3, 4, 5))).to.equal('20270102T030405Z');
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    expect(escapeText('bell\u0007tab\t')).to.equal('belltab\t');
    const unfolded = calendarFile(reminder).replace(/\r\n /g, '');
    expect(unfolded).to.contain('DESCRIPTION:Ask one question\\, then stay\\; no notes\\\\cards.\\nSecond line\r\n');
    expect(unfolded).to.contain('LOCATION:Office\\, room 3\r\n');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = 'الاعتقاد 🙂‍↕️ ñ '.repeat(20);
    const text = calendarFile({ ...reminder, description: long });
    for (const line of text.split('\r\n')) {
      expect(octets(line), line).to.be.at.most(75);
      // A lone half of a surrogate pair would not survive UTF-8.
      expect(new TextDecoder().decode(new TextEncoder().encode(line)), 'whole characters').to.equal(line);
    }
    expect(text.replace(/\r\n /g, '')).to.contain(`DESCRIPTION:${long}\r\n`);
    const folded = foldLine('X'.repeat(200));
    expect(folded.split('\r\n').map(octets)).to.deep.equal([75, 75, 52]);
  });

  it('leaves out empty optional properties', () => {
    const text = calendarFile({ ...reminder, description: ' ', location: undefined, alarmMinutesBefore: undefined });
    expect(text).not.to.contain('DESCRIPTION');
    expect(text).not.to.contain('LOCATION');
    expect(text).not.to.contain('VALARM');
  });
});
