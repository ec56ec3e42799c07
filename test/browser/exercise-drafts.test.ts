// What the exercises do to a draft being filled in, apart from any element: the size or
// scale in effect, a saved draft brought back, and the client's edits. Pure; the schemas are
// the real ones (the lazy chunk the elements load).
import { expect } from '@open-wc/testing';
import { loadSchemas, type Schemas } from '../../src/lazy/schemas.js';
import { emptyExperiment } from '../../src/exercises/behavioural-experiment.js';
import {
  inPhase,
  restoreExperiment,
  withoutRow as withoutExperimentRow,
} from '../../src/exercises/experiment-draft.js';
import { partsHolding, restoreCheckIn, scaleFor } from '../../src/exercises/mood-check-in-draft.js';
import { emptyCheckIn } from '../../src/exercises/mood-tracker.js';
import { emptyThoughtRecord, THOUGHT_RECORD_SCHEMA } from '../../src/exercises/thought-record.js';
import {
  columnsFor,
  hotThought,
  restoreThoughtRecord,
  withHot,
  withoutRow,
  withRowAdded,
} from '../../src/exercises/thought-record-draft.js';

let schemas: Schemas;
before(async () => {
  schemas = await loadSchemas();
});

describe('a thought record being filled in', () => {
  it("takes the assignment's columns, then its size, then the attribute; anything else is 7", () => {
    expect(columnsFor({ columns: 3, size: 'full' }, 5)).to.equal(3);
    expect(columnsFor({ size: 'standard' }, 3)).to.equal(5);
    expect(columnsFor(undefined, 3)).to.equal(3);
    expect(columnsFor(undefined, 4)).to.equal(7);
    expect(columnsFor(undefined, undefined)).to.equal(7);
  });

  it('makes the first thought hot, and when the hot one goes, the first left', () => {
    let data = withRowAdded(emptyThoughtRecord(7), 'thoughts', 'a');
    data = withRowAdded(data, 'thoughts', 'b');
    expect(data.thoughts.map((th) => th.hot)).to.deep.equal([true, false]);
    data = withHot(data, 1);
    expect(data.thoughts.map((th) => th.hot)).to.deep.equal([false, true]);
    const before = data;
    data = withoutRow(data, 'thoughts', 1);
    expect(data.thoughts).to.deep.equal([{ id: 'a', text: '', hot: true }]);
    // The draft it came from is left as it was (a fresh object, not a changed one).
    expect(before.thoughts[0].hot).to.equal(false);
    expect(hotThought(data)).to.equal(undefined); // no words yet
  });

  it('brings back a saved draft in the columns in effect, a version-1 default rating unrated', () => {
    const saved = { ...emptyThoughtRecord(7), situation: 'At work', moods: [{ id: 'm', name: 'Sad', intensity: 50 }] };
    const restored = restoreThoughtRecord(saved, schemas, undefined, 5)!;
    expect(restored.columns).to.equal(5);
    expect(restored.situation).to.equal('At work');
    expect(restored.moods).to.deep.equal([{ id: 'm', name: 'Sad' }]);
    expect(restoreThoughtRecord(saved, schemas, THOUGHT_RECORD_SCHEMA, 7)!.moods[0].intensity).to.equal(50);
    expect(restoreThoughtRecord('not a draft', schemas, THOUGHT_RECORD_SCHEMA, 7)).to.equal(null);
    expect(restoreThoughtRecord({ situation: 42 }, schemas, THOUGHT_RECORD_SCHEMA, 7)).to.equal(null);
  });
});

describe('a mood check-in being filled in', () => {
  it("asks on the assignment's scale, else a valid attribute, else 0-10", () => {
    expect(scaleFor('valence', '0-100')).to.equal('valence');
    expect(scaleFor(undefined, '0-100')).to.equal('0-100');
    expect(scaleFor(undefined, '1-5')).to.equal('0-10');
  });

  it('brings back a draft; a rating on another scale is asked again, not converted', () => {
    const saved = { ...emptyCheckIn(), mood: { value: 70, scale: '0-100' }, doing: 'Walking' };
    expect(restoreCheckIn(saved, schemas, '0-100')!.mood).to.deep.equal({ value: 70, scale: '0-100' });
    const onTen = restoreCheckIn(saved, schemas, '0-10')!;
    expect(onTen.mood).to.equal(undefined);
    expect(onTen.doing).to.equal('Walking');
    expect(restoreCheckIn({ mood: { value: 70, scale: '0-10' } }, schemas, '0-10')).to.equal(null);
  });

  it('opens the folded parts that hold something', () => {
    expect(partsHolding(emptyCheckIn())).to.deep.equal([]);
    expect(
      partsHolding({
        ...emptyCheckIn(),
        trigger: 'A call',
        sleep: { quality: 0 },
        activity: { name: '', pleasure: 3 },
      }),
    ).to.deep.equal(['context', 'sleep', 'activity']);
  });
});

describe('a behavioural experiment being filled in', () => {
  it('keeps the first "I did it" when the client goes back to the plan and on again', () => {
    const first = { ...emptyExperiment(), ...inPhase(emptyExperiment(), 'outcome', '2026-12-01T10:00:00+00:00') };
    const back = { ...first, ...inPhase(first, 'plan', '2026-12-02T10:00:00+00:00') };
    const again = { ...back, ...inPhase(back, 'outcome', '2026-12-03T10:00:00+00:00') };
    expect([first.phase, back.phase, again.phase]).to.deep.equal(['outcome', 'plan', 'outcome']);
    expect(again.planCompletedAt).to.equal('2026-12-01T10:00:00+00:00');
  });

  it('removes a row and brings back only a valid draft', () => {
    const data = {
      ...emptyExperiment(),
      safetyBehaviours: [
        { id: 'a', text: 'x' },
        { id: 'b', text: 'y' },
      ],
    };
    expect(withoutExperimentRow(data, 'safetyBehaviours', 0)).to.deep.equal({
      safetyBehaviours: [{ id: 'b', text: 'y' }],
    });
    expect(restoreExperiment({ targetBelief: 'I will fail' }, schemas)!.targetBelief).to.equal('I will fail');
    expect(restoreExperiment({ phase: 'later' }, schemas)).to.equal(null);
    expect(restoreExperiment(null, schemas)).to.equal(null);
  });
});
