// FHIR R4: every Questionnaire, QuestionnaireResponse and Task the library produces is
// checked by an independent validator (Medplum's, with the R4 StructureDefinitions), and
// entries survive entry -> response -> entry -> response unchanged. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { validateEntry } from '../../dist/esm/core/index.js';
import * as fhir from '../../dist/esm/fhir/index.js';
import { loadFhirValidator } from '../support/fhir-validator.mjs';
import { allEntries, assignments, experiments, moodCheckIns, thoughtRecords } from '../support/fhir-entries.mjs';
import { fixtureClinician } from '../support/access.mjs';

/** @type {(resource: object) => void} throws when the resource is not valid FHIR R4 */
let assertValidFhir;

before(async () => {
  assertValidFhir = await loadFhirValidator();
});

const clone = (/** @type {any} */ value) => structuredClone(value);

/** Every item, nested ones included, with its parent chain. */
function* walk(/** @type {any[]} */ items = []) {
  for (const item of items) {
    yield item;
    yield* walk(item.item);
  }
}

describe('the validator is not vacuous', () => {
  it('rejects broken resources the mapping could produce by mistake', () => {
    const response = fhir.toQuestionnaireResponse(thoughtRecords[0]);
    assertValidFhir(response);
    const noLinkId = clone(response);
    delete noLinkId.item[0].linkId;
    assert.throws(() => assertValidFhir(noLinkId), /linkId/);
    const badTime = { ...clone(response), authored: '2026-11-20T09:02+01:00' };
    assert.throws(() => assertValidFhir(badTime), /authored/);
    const emptyText = clone(response);
    emptyText.item[0].answer = [{ valueString: '   ' }];
    assert.throws(() => assertValidFhir(emptyText), /not valid FHIR/);
    const bothItemAndAnswer = clone(response);
    bothItemAndAnswer.item[0].item = [{ linkId: 'x', text: 'x' }];
    assert.throws(() => assertValidFhir(bothItemAndAnswer), /qrs-1/);
    const unknownElement = { ...clone(response), mood: 3 };
    assert.throws(() => assertValidFhir(unknownElement), /mood/);
    const emptyGroup = fhir.exerciseQuestionnaire('mood-tracker');
    emptyGroup.item.find((item) => item.type === 'group').item = undefined;
    assert.throws(() => assertValidFhir(emptyGroup), /que-1/);
  });
});

describe('package exports', () => {
  it('homework-elements/fhir and the published JSON resolve through the exports map', async () => {
    const viaPackage = await import('homework-elements/fhir');
    assert.equal(viaPackage.toQuestionnaireResponse, fhir.toQuestionnaireResponse);
    const { default: questionnaire } = await import('homework-elements/fhir/Questionnaire-mood-tracker.json', {
      with: { type: 'json' },
    });
    assert.equal(questionnaire.url, 'https://homework-elements.org/fhir/Questionnaire/mood-tracker');
  });
});

describe('Questionnaires', () => {
  for (const exercise of ['thought-record', 'mood-tracker', 'behavioural-experiment']) {
    it(`${exercise}: valid R4, canonical URL and version, published by the build`, () => {
      const questionnaire = fhir.exerciseQuestionnaire(exercise);
      assertValidFhir(questionnaire);
      assert.equal(questionnaire.url, `https://homework-elements.org/fhir/Questionnaire/${exercise}`);
      assert.equal(questionnaire.version, '1');
      const items = [...walk(questionnaire.item)];
      assert.ok(items.length > 8);
      for (const item of items) {
        assert.ok(item.linkId && item.text?.trim(), `item ${item.linkId} has linkId and text`);
        assert.doesNotMatch(item.text, /\{\w+\}/, 'no message placeholders left in item text');
      }
      assert.equal(new Set(items.map((item) => item.linkId)).size, items.length, 'linkIds are unique');
      const published = JSON.parse(readFileSync(`dist/fhir/Questionnaire-${exercise}.json`, 'utf8'));
      assert.deepEqual(published, questionnaire);
    });
  }
});

const ANSWER_TYPE = {
  string: 'valueString',
  text: 'valueString',
  integer: 'valueInteger',
  decimal: 'valueDecimal',
  boolean: 'valueBoolean',
  dateTime: 'valueDateTime',
  choice: 'valueCoding',
};

describe('QuestionnaireResponses', () => {
  for (const entry of allEntries) {
    it(`${entry.exercise} ${entry.id.slice(-4)}: valid R4, every item with linkId and text, answers typed by the Questionnaire`, () => {
      assert.ok(validateEntry(entry).ok, `fixture is a valid entry: ${JSON.stringify(validateEntry(entry).problems)}`);
      const response = fhir.toQuestionnaireResponse(entry);
      assertValidFhir(response);
      assert.equal(response.status, 'completed');
      assert.equal(response.questionnaire, `https://homework-elements.org/fhir/Questionnaire/${entry.exercise}|1`);
      assert.equal(response.authored, entry.completedAt);
      assert.deepEqual(response.identifier, { system: fhir.ENTRY_ID_SYSTEM, value: entry.id });
      const questionnaireItems = new Map(
        [...walk(fhir.exerciseQuestionnaire(entry.exercise).item)].map((item) => [item.linkId, item]),
      );
      for (const item of walk(response.item)) {
        const defined = questionnaireItems.get(item.linkId);
        assert.ok(defined, `${item.linkId} is in the Questionnaire`);
        assert.equal(item.text, defined.text, `${item.linkId} carries the Questionnaire's text`);
        for (const answer of item.answer ?? []) {
          const types = defined.type === 'open-choice' ? ['valueCoding', 'valueString'] : [ANSWER_TYPE[defined.type]];
          assert.deepEqual(Object.keys(answer).length, 1);
          assert.ok(
            types.includes(Object.keys(answer)[0]),
            `${item.linkId}: ${Object.keys(answer)[0]} for ${defined.type}`,
          );
        }
      }
    });

    it(`${entry.exercise} ${entry.id.slice(-4)}: entry -> response -> entry -> response round-trips`, () => {
      const response = fhir.toQuestionnaireResponse(entry);
      // Through JSON, as it travels.
      const back = fhir.entryFromQuestionnaireResponse(JSON.parse(JSON.stringify(response)));
      assert.ok(back.ok, JSON.stringify(back.problems));
      assert.deepStrictEqual(back.value, entry);
      assert.deepStrictEqual(fhir.toQuestionnaireResponse(back.value), response);
    });
  }

  it('subject: Patient/<id> becomes a reference, anything else an identifier; none when unknown', () => {
    assert.deepEqual(fhir.toQuestionnaireResponse(thoughtRecords[0]).subject, { reference: 'Patient/pat-42' });
    assert.deepEqual(fhir.toQuestionnaireResponse(moodCheckIns[0]).subject, { identifier: { value: 'client-7' } });
    assert.equal(fhir.toQuestionnaireResponse(thoughtRecords[1]).subject, undefined);
  });

  it('ratings, choices and times have their FHIR types', () => {
    const items = [...walk(fhir.toQuestionnaireResponse(moodCheckIns[0]).item)];
    const answer = (/** @type {string} */ linkId) => items.filter((i) => i.linkId === linkId).flatMap((i) => i.answer);
    assert.deepEqual(answer('mood.value'), [{ valueInteger: 6 }]);
    assert.deepEqual(answer('sleep.hours'), [{ valueDecimal: 7.5 }]);
    assert.deepEqual(answer('at'), [{ valueDateTime: '2026-11-20T07:30:00.000+01:00' }]);
    assert.deepEqual(answer('emotions.name'), [
      { valueCoding: { system: fhir.codeSystems.emotion, code: 'calm', display: 'Calm' } },
      { valueCoding: { system: fhir.codeSystems.emotion, code: 'hopeful', display: 'Hopeful' } },
      { valueString: 'Heimweh' },
    ]);
    const thought = [...walk(fhir.toQuestionnaireResponse(thoughtRecords[0]).item)];
    assert.deepEqual(
      thought.find((i) => i.linkId === 'thoughts.hot')?.answer,
      [{ valueBoolean: true }],
      'the first thought group holds its hot flag',
    );
    assert.equal(thought.filter((i) => i.linkId === 'moods').length, 2, 'one group per mood');
  });

  it('engagement, variant, locale and assignment travel in the documented extensions', () => {
    const response = fhir.toQuestionnaireResponse(thoughtRecords[0]);
    const entryExt = response.extension.find((e) => e.url === fhir.ENTRY_EXTENSION);
    const engagementExt = response.extension.find((e) => e.url === fhir.ENGAGEMENT_EXTENSION);
    assert.equal(fhir.ENTRY_EXTENSION, 'https://homework-elements.org/fhir/StructureDefinition/entry');
    assert.equal(fhir.ENGAGEMENT_EXTENSION, 'https://homework-elements.org/fhir/StructureDefinition/engagement');
    const value = (/** @type {any} */ ext, /** @type {string} */ url) => ext.extension.filter((e) => e.url === url);
    assert.deepEqual(value(entryExt, 'locale'), [{ url: 'locale', valueCode: 'es' }]);
    assert.deepEqual(value(entryExt, 'variant'), [{ url: 'variant', valueString: 'hints-on' }]);
    assert.deepEqual(value(entryExt, 'assignmentId'), [{ url: 'assignmentId', valueString: 'a-123' }]);
    assert.deepEqual(value(engagementExt, 'activeSeconds'), [{ url: 'activeSeconds', valueInteger: 312 }]);
    assert.deepEqual(value(engagementExt, 'effort'), [{ url: 'effort', valueInteger: 3 }]);
    assert.deepEqual(
      value(engagementExt, 'obstacle').map((e) => e.valueCoding.code),
      ['forgot', 'too-big'],
    );
  });

  it('the two lossy cases: whitespace-only text comes back empty, control characters are dropped', () => {
    const entry = clone(thoughtRecords[1]);
    entry.data.evidenceFor = '  \n ';
    entry.data.situation = 'Bell\u0007 and escape\u001b[31m';
    const response = fhir.toQuestionnaireResponse(entry);
    assertValidFhir(response);
    const back = fhir.entryFromQuestionnaireResponse(response);
    assert.ok(back.ok);
    assert.equal(back.value.data.evidenceFor, '');
    assert.equal(back.value.data.situation, 'Bell and escape[31m');
  });

  it('reading back refuses what it cannot map, and says why', () => {
    const good = fhir.toQuestionnaireResponse(experiments[0]);
    const problemsOf = (/** @type {any} */ candidate) => {
      const result = fhir.entryFromQuestionnaireResponse(candidate);
      assert.equal(result.ok, false);
      return result.problems.join('\n');
    };
    assert.match(problemsOf({ resourceType: 'Patient' }), /resourceType/);
    assert.match(
      problemsOf({ ...clone(good), questionnaire: 'http://example.org/Questionnaire/phq-9' }),
      /questionnaire/,
    );
    assert.match(problemsOf({ ...clone(good), status: 'in-progress' }), /status/);
    assert.match(problemsOf({ ...clone(good), identifier: undefined }), /identifier/);
    const unknown = clone(good);
    unknown.item.push({ linkId: 'secret', text: 'x', answer: [{ valueString: 'y' }] });
    assert.match(problemsOf(unknown), /secret: not in the questionnaire/);
    const wrongType = clone(good);
    wrongType.item.find((i) => i.linkId === 'targetBeliefBefore').answer = [{ valueString: '85' }];
    assert.match(problemsOf(wrongType), /targetBeliefBefore: expected valueInteger/);
    const outOfRange = clone(good);
    outOfRange.item.find((i) => i.linkId === 'targetBeliefBefore').answer = [{ valueInteger: 101 }];
    assert.match(problemsOf(outOfRange), /targetBeliefBefore/);
    const noEngagement = { ...clone(good), extension: good.extension.slice(0, 1) };
    assert.match(problemsOf(noEngagement), /engagement: expected exactly one/);
  });
});

describe('Task (SDC complete-questionnaire)', () => {
  for (const assignment of assignments) {
    it(`${assignment.id}: valid R4, pointing at the exercise's Questionnaire`, () => {
      const task = fhir.assignmentToTask(assignment, {
        subject: 'Patient/pat-42',
        authoredOn: '2026-11-20T10:00:00+01:00',
      });
      assertValidFhir(task);
      assert.equal(task.status, 'requested');
      assert.equal(task.intent, 'order');
      assert.deepEqual(task.code.coding[0], {
        system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp',
        code: 'complete-questionnaire',
        display: 'Complete Questionnaire',
      });
      const questionnaireInput = task.input.find((input) => input.type.coding[0].code === 'questionnaire');
      assert.equal(
        questionnaireInput.valueCanonical,
        `https://homework-elements.org/fhir/Questionnaire/${assignment.exercise}|1`,
      );
      assert.deepEqual(task.for, { reference: 'Patient/pat-42' });
      assert.deepEqual(task.identifier, [{ system: fhir.ASSIGNMENT_ID_SYSTEM, value: assignment.id }]);
      const back = fhir.assignmentFromTask(JSON.parse(JSON.stringify(task)));
      assert.ok(back.ok);
      assert.deepStrictEqual(back.value, assignment);
    });
  }

  it('due date, note and instructions land where FHIR expects them', () => {
    const [withAll, withTime, vague] = assignments.map((a) => fhir.assignmentToTask(a));
    assert.deepEqual(withAll.restriction, { period: { end: '2026-11-27' } });
    assert.deepEqual(withAll.note, [{ text: 'You did well today. <b>Be kind</b> to yourself.' }]);
    assert.equal(
      withAll.description,
      'A thought record after Monday’s meeting\n\nFill in the first three columns within a day of a difficult moment.',
    );
    assert.equal(withAll.for, undefined, 'no subject given, no for');
    assert.deepEqual(withTime.restriction, { period: { end: '2026-11-27T18:00:00+01:00' } });
    assert.equal(vague.restriction, undefined, '"next week" is not a FHIR dateTime: left to the assignment input');
  });
});

describe('CodeSystems', () => {
  /** Every Coding anywhere in a resource. */
  function* codings(/** @type {any} */ value) {
    if (Array.isArray(value)) for (const one of value) yield* codings(one);
    else if (value && typeof value === 'object') {
      if (typeof value.system === 'string' && typeof value.code === 'string') yield value;
      for (const child of Object.values(value)) yield* codings(child);
    }
  }

  it('each is valid R4 and published; every code the library writes is defined in one', () => {
    const systems = new Map();
    for (const codeSystem of fhir.allCodeSystems()) {
      assertValidFhir(codeSystem);
      const published = JSON.parse(readFileSync(`dist/fhir/CodeSystem-${codeSystem.id}.json`, 'utf8'));
      assert.deepEqual(published, codeSystem);
      systems.set(codeSystem.url, new Map(codeSystem.concept.map((c) => [c.code, c.display])));
    }
    const written = [
      ...['thought-record', 'mood-tracker', 'behavioural-experiment'].map((e) => fhir.exerciseQuestionnaire(e)),
      ...allEntries.map((entry) => fhir.toQuestionnaireResponse(entry)),
      ...allEntries.flatMap((entry) => fhir.entryObservations(entry)),
      ...assignments.map((assignment) => fhir.assignmentToTask(assignment)),
    ];
    let checked = 0;
    for (const coding of codings(written)) {
      if (!coding.system.startsWith(fhir.CODE_SYSTEM_BASE)) continue;
      const concepts = systems.get(coding.system);
      assert.ok(concepts, `${coding.system} is published`);
      assert.ok(concepts.has(coding.code), `${coding.system}#${coding.code} is defined`);
      if (coding.display) assert.equal(coding.display, concepts.get(coding.code));
      checked += 1;
    }
    assert.ok(checked > 50, `${checked} codings checked`);
  });
});

describe('Observations for ratings', () => {
  it('every rating the client gave becomes a valid survey Observation; unrated ones none', () => {
    let count = 0;
    for (const entry of allEntries) {
      for (const observation of fhir.entryObservations(entry)) {
        assertValidFhir(observation);
        assert.equal(observation.status, 'final');
        assert.equal(observation.category[0].coding[0].code, 'survey');
        assert.deepEqual(observation.derivedFrom, [
          { type: 'QuestionnaireResponse', identifier: { system: fhir.ENTRY_ID_SYSTEM, value: entry.id } },
        ]);
        count += 1;
      }
    }
    assert.ok(count >= 10, `${count} observations`);
    const values = (/** @type {any} */ entry) =>
      Object.fromEntries(
        fhir.entryObservations(entry).map((o) => [o.code.coding[0].code, o.valueInteger ?? o.valueQuantity?.value]),
      );
    assert.deepEqual(values(moodCheckIns[0]), {
      'mood-0-10': 6,
      'sleep-hours': 7.5,
      'sleep-quality': 3,
      'activity-mastery': 4,
      'activity-pleasure': 8,
    });
    assert.deepEqual(values(moodCheckIns[1]), { 'mood-valence': -3 }, 'the scale is part of the code');
    assert.deepEqual(values(thoughtRecords[0]), { 'balanced-belief': 70 });
    assert.deepEqual(values(thoughtRecords[1]), {}, 'nothing rated, nothing extracted');
    assert.deepEqual(values(experiments[0]), {
      'target-belief-before': 85,
      'alternative-belief-before': 20,
      'target-belief-after': 40,
      'alternative-belief-after': 60,
    });
    assert.deepEqual(values(experiments[1]), {}, 'a plan-only experiment left unrated');
    const [mood] = fhir.entryObservations(moodCheckIns[0]);
    assert.equal(mood.effectiveDateTime, moodCheckIns[0].data.at, 'when the check-in is about, not when it was sent');
    assert.deepEqual(mood.subject, { identifier: { value: 'client-7' } });
    const [sleep] = fhir.entryObservations(moodCheckIns[0]).filter((o) => o.code.coding[0].code === 'sleep-hours');
    assert.deepEqual(sleep.valueQuantity, { value: 7.5, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' });
  });
});

describe('reference endpoint: FHIR in, entries stored, FHIR out', () => {
  /** @type {import('../../server/app.mjs').RunningServer} */
  let server;
  /** A clinician owning every client the fixtures name; entries with no subject are nobody's. */
  let reader = /** @type {Record<string, string>} */ ({});
  const owned = allEntries.filter((entry) => entry.subject !== null);
  const read = (/** @type {string | URL} */ url, /** @type {Record<string, string>} */ headers = {}) =>
    fetch(url, { headers: { ...reader, ...headers } });
  before(async () => {
    const { startServer } = await import('../../server/app.mjs');
    // The fault lab's open writer keeps each body's subject, which these fixtures vary.
    server = await startServer({ faults: true });
    const subjects = [...new Set(owned.map((entry) => /** @type {string} */ (entry.subject)))];
    reader = (await fixtureClinician(server.url, subjects)).headers;
  });
  after(() => server.close());

  const postFhir = (/** @type {unknown} */ body, /** @type {string} */ key) =>
    fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json', 'Idempotency-Key': key },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('stores each posted QuestionnaireResponse as the entry it maps to; GET returns the entries', async () => {
    for (const entry of allEntries) {
      const response = await postFhir(fhir.toQuestionnaireResponse(entry), entry.id);
      assert.equal(response.status, 201, await response.clone().text());
      assert.equal((await response.json()).id, entry.id);
    }
    const stored = await (await read(`${server.url}/api/homework`)).json();
    assert.deepStrictEqual(stored.entries, [...owned].reverse(), 'newest first, the clinician’s clients only');
    const moods = await (await read(`${server.url}/api/homework?exercise=mood-tracker&subject=client-7`)).json();
    assert.deepStrictEqual(moods.entries, [moodCheckIns[0]], 'filters work on what a FHIR body stored');
  });

  it('answers GET in FHIR on ?format=fhir or Accept: application/fhir+json: the responses as sent', async () => {
    for (const init of [{ query: '?format=fhir' }, { query: '', headers: { Accept: 'application/fhir+json' } }]) {
      const response = await read(`${server.url}/api/homework${init.query}`, init.headers);
      assert.match(response.headers.get('content-type') ?? '', /^application\/fhir\+json/);
      const bundle = await response.json();
      assertValidFhir(bundle);
      assert.equal(bundle.type, 'searchset');
      assert.deepStrictEqual(
        bundle.entry.map((/** @type {any} */ e) => e.resource),
        [...owned].reverse().map((entry) => fhir.toQuestionnaireResponse(entry)),
      );
    }
  });

  it('pages a FHIR search with link[rel=next]', async () => {
    const first = await (await read(`${server.url}/api/homework?format=fhir&limit=2`)).json();
    assertValidFhir(first);
    assert.equal(first.entry.length, 2);
    const next = first.link.find((/** @type {any} */ link) => link.relation === 'next');
    assert.ok(next, 'a next link while more entries remain');
    const second = await (await read(new URL(next.url, server.url))).json();
    assertValidFhir(second);
    const firstIds = first.entry.map((/** @type {any} */ e) => e.resource.identifier.value);
    const secondIds = second.entry.map((/** @type {any} */ e) => e.resource.identifier.value);
    assert.equal(secondIds.length, 2);
    assert.equal(firstIds.filter((/** @type {string} */ id) => secondIds.includes(id)).length, 0);
  });

  it('dedupes by Idempotency-Key like any entry: replay is replayed, another body is refused', async () => {
    const entry = { ...clone(moodCheckIns[1]), id: '6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0999' };
    const body = JSON.stringify(fhir.toQuestionnaireResponse(entry));
    assert.equal((await postFhir(body, entry.id)).status, 201);
    const replay = await postFhir(body, entry.id);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const changed = fhir.toQuestionnaireResponse({ ...entry, data: { ...entry.data, note: 'changed' } });
    assert.equal((await postFhir(changed, entry.id)).status, 422);
    // This entry names no client, so no clinician lists it: count it in the lab's own view.
    const stored = await (await fetch(`${server.url}/__test/entries`)).json();
    assert.equal(stored.filter((/** @type {any} */ e) => e.id === entry.id).length, 1);
  });

  it('refuses a QuestionnaireResponse it cannot map or that breaks the entry schema (422, with reasons)', async () => {
    const unknownItem = fhir.toQuestionnaireResponse(thoughtRecords[1]);
    unknownItem.identifier.value = '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0abc';
    unknownItem.item.push({ linkId: 'ssn', text: 'x', answer: [{ valueString: '1' }] });
    const refused = await postFhir(unknownItem, 'k-unknown');
    assert.equal(refused.status, 422);
    assert.match((await refused.json()).message, /ssn: not in the questionnaire/);
    const badRating = fhir.toQuestionnaireResponse({
      ...thoughtRecords[0],
      id: '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0abd',
    });
    badRating.item.find((/** @type {any} */ i) => i.linkId === 'balancedBelief').answer = [{ valueInteger: 250 }];
    const invalid = await postFhir(badRating, 'k-rating');
    assert.equal(invalid.status, 422);
    assert.match((await invalid.json()).problems.join('\n'), /balancedBelief/);
    const notFhir = await postFhir({ resourceType: 'Observation', status: 'final' }, 'k-obs');
    assert.equal(notFhir.status, 422);
  });
});
