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
import { createLink, fixtureClinician } from '../support/access.mjs';

/** @type {(resource: object) => void} throws when the resource is not valid FHIR R4 */
let assertValidFhir;

before(async () => {
  assertValidFhir = await loadFhirValidator();
});

const clone = (/** @type {any} */ value) => structuredClone(value);

/** A Questionnaire item's text in `lang`, from its translation extension; undefined when it has none. */
const translationIn = (/** @type {any} */ item, /** @type {string} */ lang) =>
  item._text?.extension
    ?.map((/** @type {any} */ e) => Object.fromEntries(e.extension.map((/** @type {any} */ p) => [p.url, p])))
    .find((/** @type {any} */ parts) => parts.lang.valueCode === lang)?.content.valueString;

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
      assert.equal(questionnaire.version, fhir.QUESTIONNAIRE_RELEASES[exercise].version);
      assert.match(questionnaire.version, /^\d+\.\d+\.\d+$/);
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

describe('Questionnaires ask what the widgets ask, as the widgets ask it', () => {
  const itemsOf = (/** @type {string} */ exercise) =>
    new Map([...walk(fhir.exerciseQuestionnaire(exercise).item)].map((item) => [item.linkId, item]));
  const tr = itemsOf('thought-record');
  const mood = itemsOf('mood-tracker');
  const be = itemsOf('behavioural-experiment');
  const selected = (/** @type {any} */ item) =>
    item.answerOption
      .filter((/** @type {any} */ o) => o.initialSelected)
      .map((/** @type {any} */ o) => o.valueInteger ?? o.valueCoding.code);

  it('maxLength is the schema’s limit: 200 for labels and ids, 10000 for free text', () => {
    for (const [items, linkId] of [
      [tr, 'moods.name'],
      [tr, 'moods.id'],
      [tr, 'distortions'],
      [mood, 'emotions.name'],
      [mood, 'activity.name'],
      [be, 'previous.entryId'],
    ]) {
      assert.equal(items.get(linkId).maxLength, 200, linkId);
    }
    for (const [items, linkId] of [
      [tr, 'situation'],
      [mood, 'note'],
      [be, 'outcome'],
      [be, 'selfReview.reflection'],
    ]) {
      assert.equal(items.get(linkId).maxLength, 10000, linkId);
    }
    // The schema agrees: one character more is refused, the limit itself is not.
    const withMood = (/** @type {string} */ name) => {
      const entry = clone(thoughtRecords[0]);
      entry.data.moods[0].name = name;
      return validateEntry(entry).ok;
    };
    assert.equal(withMood('x'.repeat(200)), true);
    assert.equal(withMood('x'.repeat(201)), false);
    const withSituation = (/** @type {string} */ situation) =>
      validateEntry({ ...clone(thoughtRecords[0]), data: { ...thoughtRecords[0].data, situation } }).ok;
    assert.equal(withSituation('x'.repeat(10000)), true);
    assert.equal(withSituation('x'.repeat(10001)), false);
  });

  it('settings are read-only with the widget’s default selected; the experiment’s phase is the client’s step', () => {
    assert.equal(tr.get('columns').readOnly, true);
    assert.deepEqual(selected(tr.get('columns')), [7]);
    assert.equal(mood.get('mood.scale').readOnly, true);
    assert.deepEqual(selected(mood.get('mood.scale')), ['0-10']);
    assert.equal(be.get('phase').readOnly, undefined, 'the client moves on to the outcome themselves');
    assert.deepEqual(selected(be.get('phase')), ['plan']);
    for (const items of [tr, mood, be]) {
      for (const item of items.values()) assert.equal('initial' in item, false, 'R4 que-11: answerOption, not initial');
    }
  });

  it('enableWhen follows the widgets: evidence in 7 columns, balance and re-rating beyond 3, outcome after the plan', () => {
    const columnsIs7 = [{ question: 'columns', operator: '=', answerInteger: 7 }];
    const beyond3 = { question: 'columns', operator: '!=', answerInteger: 3 };
    assert.deepEqual(tr.get('evidenceFor').enableWhen, columnsIs7);
    assert.deepEqual(tr.get('evidenceAgainst').enableWhen, columnsIs7);
    for (const linkId of ['balancedThought', 'balancedBelief', 'hotBeliefAfter']) {
      assert.deepEqual(tr.get(linkId).enableWhen, [beyond3], linkId);
    }
    assert.deepEqual(tr.get('moods.rerated').enableWhen, [
      beyond3,
      { question: 'moods.name', operator: 'exists', answerBoolean: true },
    ]);
    assert.equal(tr.get('moods.rerated').enableBehavior, 'all');
    for (const linkId of ['outcome', 'comparison', 'learned', 'targetBeliefAfter', 'alternativeBeliefAfter']) {
      assert.deepEqual(be.get(linkId).enableWhen, [
        {
          question: 'phase',
          operator: '=',
          answerCoding: { system: 'https://homework-elements.org/fhir/CodeSystem/experiment-phase', code: 'outcome' },
        },
      ]);
    }
    for (const item of be.values()) {
      if (!/^(prediction|experiment|targetBelief|situation)$/.test(item.linkId)) continue;
      assert.equal(item.enableWhen, undefined, `${item.linkId} is part of the plan`);
    }
    // Every condition names a question of the same Questionnaire, answered with its type.
    const ANSWER = { integer: 'answerInteger', choice: 'answerCoding', string: 'answerString' };
    for (const items of [tr, mood, be]) {
      for (const item of items.values()) {
        for (const condition of item.enableWhen ?? []) {
          const question = items.get(condition.question);
          assert.ok(question && question.type !== 'group', `${item.linkId}: ${condition.question}`);
          if (condition.operator !== 'exists') assert.ok(ANSWER[question.type] in condition, item.linkId);
        }
      }
    }
  });
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
    it(`${entry.exercise} ${entry.id.slice(-4)}: valid R4, every item with linkId and the Questionnaire's text in the response's language, answers typed by the Questionnaire`, () => {
      assert.ok(validateEntry(entry).ok, `fixture is a valid entry: ${JSON.stringify(validateEntry(entry).problems)}`);
      const response = fhir.toQuestionnaireResponse(entry);
      assertValidFhir(response);
      assert.equal(response.status, entry.data.phaseCompleted === 'plan' ? 'in-progress' : 'completed');
      // The current Questionnaire describes the current schema major; an older entry names its major alone.
      const [, major] = entry.schema.split('/');
      const current = fhir.QUESTIONNAIRE_RELEASES[entry.exercise].version;
      const version = current.startsWith(`${major}.`) ? current : major;
      assert.equal(
        response.questionnaire,
        `https://homework-elements.org/fhir/Questionnaire/${entry.exercise}|${version}`,
      );
      assert.equal(response.authored, entry.completedAt);
      assert.deepEqual(response.identifier, { system: fhir.ENTRY_ID_SYSTEM, value: entry.id });
      const questionnaireItems = new Map(
        [...walk(fhir.exerciseQuestionnaire(entry.exercise).item)].map((item) => [item.linkId, item]),
      );
      for (const item of walk(response.item)) {
        const defined = questionnaireItems.get(item.linkId);
        assert.ok(defined, `${item.linkId} is in the Questionnaire`);
        // In a translated language: the Questionnaire's translation, or no text where it has none.
        const text =
          response.language && response.language !== 'en' ? translationIn(defined, response.language) : defined.text;
        assert.equal(item.text, text, `${item.linkId} carries the Questionnaire's text (${response.language})`);
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

  it('subject: references stay references (typed), identifiers get a system; none when unknown, and that is said', () => {
    const subjectOf = (/** @type {string} */ subject, /** @type {any} */ options) =>
      fhir.toQuestionnaireResponse({ ...thoughtRecords[0], subject }, options).subject;
    assert.deepEqual(subjectOf('Patient/pat-42'), { reference: 'Patient/pat-42', type: 'Patient' });
    assert.deepEqual(subjectOf('RelatedPerson/7'), { reference: 'RelatedPerson/7', type: 'RelatedPerson' });
    assert.deepEqual(subjectOf('https://ehr.example/fhir/Patient/123'), {
      reference: 'https://ehr.example/fhir/Patient/123',
      type: 'Patient',
    });
    const urn = 'urn:uuid:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';
    assert.deepEqual(subjectOf(urn), { reference: urn });
    assert.deepEqual(subjectOf('https://ehr.example/mrn|000123'), {
      type: 'Patient',
      identifier: { system: 'https://ehr.example/mrn', value: '000123' },
    });
    assert.deepEqual(subjectOf('client-7'), {
      type: 'Patient',
      identifier: { system: 'https://homework-elements.org/fhir/client-id', value: 'client-7' },
    });
    assert.equal(fhir.CLIENT_ID_SYSTEM, 'https://homework-elements.org/fhir/client-id', 'the documented default');
    assert.deepEqual(subjectOf('client-7', { subjectSystem: 'https://practice.example/clients' }), {
      type: 'Patient',
      identifier: { system: 'https://practice.example/clients', value: 'client-7' },
    });
    assert.deepEqual(subjectOf('not a uri|x').identifier, { system: fhir.CLIENT_ID_SYSTEM, value: 'not a uri|x' });
    for (const subject of ['Patient/pat-42', 'RelatedPerson/7', urn, 'https://ehr.example/mrn|000123', 'client-7']) {
      const response = fhir.toQuestionnaireResponse({ ...thoughtRecords[0], subject });
      assertValidFhir(response);
      const back = fhir.entryFromQuestionnaireResponse(response);
      assert.ok(back.ok, JSON.stringify(back.problems));
      assert.equal(back.value.subject, subject, `${subject} reads back as itself`);
    }
    const none = fhir.toQuestionnaireResponse(thoughtRecords[1]);
    assert.equal(none.subject, undefined);
    assert.match(fhir.filingProblems(none).join(), /subject: no client is named.*sdcqr-1/);
    assert.deepEqual(fhir.filingProblems(fhir.toQuestionnaireResponse(thoughtRecords[0])), []);
  });

  it('author and source are the client (patient-reported); a Group subject gets neither', () => {
    const response = fhir.toQuestionnaireResponse(moodCheckIns[0]);
    assert.deepEqual(response.author, response.subject);
    assert.deepEqual(response.source, response.subject);
    const group = fhir.toQuestionnaireResponse({ ...moodCheckIns[0], subject: 'Group/family-3' });
    assert.equal(group.author, undefined);
    assert.equal(group.source, undefined);
    assert.equal(fhir.toQuestionnaireResponse(thoughtRecords[1]).author, undefined, 'no subject, no author');
  });

  it('the self-review travels as Questionnaire items too', () => {
    const items = fhir.toQuestionnaireResponse(thoughtRecords[0]).item;
    const review = items.filter((/** @type {any} */ i) => i.linkId === 'selfReview');
    assert.equal(review.length, 1);
    const answers = Object.fromEntries(review[0].item.map((/** @type {any} */ i) => [i.linkId, i.answer]));
    assert.deepEqual(answers['selfReview.effort'], [{ valueInteger: 3 }]);
    assert.deepEqual(answers['selfReview.difficulty'], [{ valueInteger: 0 }]);
    assert.deepEqual(
      answers['selfReview.obstacles'].map((/** @type {any} */ a) => a.valueCoding.code),
      ['forgot', 'too-big'],
    );
    // A Spanish response: codings without the CodeSystem's English display (response-language.ts).
    assert.equal(thoughtRecords[0].locale, 'es');
    assert.equal(answers['selfReview.obstacles'][0].valueCoding.display, undefined);
    assert.deepEqual(answers['selfReview.reflection'], [{ valueString: 'Slow down.' }]);
    assert.equal(
      fhir.toQuestionnaireResponse(thoughtRecords[1]).item.some((/** @type {any} */ i) => i.linkId === 'selfReview'),
      false,
      'an empty self-review writes no group',
    );
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

  it('an experiment sent with its plan alone is in-progress, and read back; a finished one is not', () => {
    const plan = experiments.find((entry) => entry.data.phaseCompleted === 'plan');
    const response = fhir.toQuestionnaireResponse(plan);
    assertValidFhir(response);
    assert.equal(response.status, 'in-progress');
    const back = fhir.entryFromQuestionnaireResponse(response);
    assert.ok(back.ok, JSON.stringify(back.problems));
    assert.deepStrictEqual(back.value, plan);
    const sentBefore = fhir.entryFromQuestionnaireResponse({ ...clone(response), status: 'completed' });
    assert.ok(sentBefore.ok, 'a plan sent as completed (before this version) is still read');
    const finished = experiments.find((entry) => entry.data.phaseCompleted === 'outcome');
    const claimed = { ...clone(fhir.toQuestionnaireResponse(finished)), status: 'in-progress' };
    assert.match(fhir.entryFromQuestionnaireResponse(claimed).problems.join(), /status: expected completed or amended/);
  });

  it('an emotion named only by spaces is not written (it names nothing), so the response is still read', () => {
    const entry = clone(moodCheckIns[0]);
    entry.data.emotions = [{ name: ' \n ', intensity: 4 }, ...entry.data.emotions];
    assert.ok(validateEntry(entry).ok, 'the schema lets it through');
    const response = fhir.toQuestionnaireResponse(entry);
    assertValidFhir(response);
    const rows = response.item.filter((/** @type {any} */ item) => item.linkId === 'emotions');
    assert.equal(rows.length, moodCheckIns[0].data.emotions.length);
    const back = fhir.entryFromQuestionnaireResponse(response);
    assert.ok(back.ok, JSON.stringify(back.problems));
    assert.deepStrictEqual(back.value.data.emotions, moodCheckIns[0].data.emotions);
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
    assert.match(problemsOf(noEngagement), /engagement: missing; the time, sittings and edits/);
    const twoEngagements = { ...clone(good), extension: [...good.extension, good.extension[1]] };
    assert.match(problemsOf(twoEngagements), /engagement: expected exactly one/);
  });
});

describe('reading responses made elsewhere', () => {
  /** A response as another renderer (LHC-Forms, say) saves it: no hidden items, its own text. */
  function elsewhere(/** @type {any} */ entry) {
    const response = clone(fhir.toQuestionnaireResponse(entry));
    const strip = (/** @type {any[]} */ items) =>
      items
        .filter((item) => !/(^|\.)id$|entryId$/.test(item.linkId))
        .map((item) => ({ ...item, text: `(${item.linkId})`, ...(item.item ? { item: strip(item.item) } : {}) }));
    response.item = strip(response.item);
    return response;
  }

  it('reads a response without the entry extension, identifier, version or hidden ids, and amended', () => {
    const [entry] = thoughtRecords;
    const response = elsewhere(entry);
    response.extension = response.extension.filter((/** @type {any} */ e) => e.url !== fhir.ENTRY_EXTENSION);
    delete response.identifier;
    response.status = 'amended';
    response.questionnaire = 'https://homework-elements.org/fhir/Questionnaire/thought-record';
    response.language = 'es';
    const withoutId = fhir.entryFromQuestionnaireResponse(response);
    assert.equal(withoutId.ok, false);
    assert.match(withoutId.problems.join(), /identifier: no entry id/);
    const read = fhir.entryFromQuestionnaireResponse(response, { id: entry.id });
    assert.ok(read.ok, JSON.stringify(read.problems));
    const { value } = read;
    assert.equal(value.id, entry.id);
    assert.equal(value.status, 'completed');
    assert.equal(value.schema, 'thought-record/2', 'an unversioned canonical is the current Questionnaire');
    assert.equal(value.locale, 'es', 'from the response’s language');
    assert.equal(value.assignmentId, null, 'no assignment is made up');
    assert.equal(value.createdAt, entry.completedAt, 'the only time the response knows');
    assert.deepEqual(
      value.data.moods.map((/** @type {any} */ mood) => [mood.id, mood.name, mood.intensity]),
      [
        ['row-1', 'anxious', 80],
        ['row-2', 'ashamed', 0],
      ],
      'rows matched by linkId, numbered in order',
    );
    assert.deepEqual(value.data.thoughts[0], { id: 'row-1', text: 'She thinks I am useless.', hot: true });
    assert.deepEqual(value.data.situation, entry.data.situation);
    assert.deepEqual(value.engagement, entry.engagement);
  });

  it('a versioned canonical (1.2.0) is read as its major; another major or status is refused by name', () => {
    const response = clone(fhir.toQuestionnaireResponse(experiments[0]));
    for (const version of ['1.2.0', '1', '1.1.0']) {
      response.questionnaire = `https://homework-elements.org/fhir/Questionnaire/behavioural-experiment|${version}`;
      const read = fhir.entryFromQuestionnaireResponse(response);
      assert.ok(read.ok, version);
      assert.equal(read.value.schema, 'behavioural-experiment/1');
    }
    const problems = fhir.entryFromQuestionnaireResponse({ ...response, status: 'stopped' }).problems.join();
    assert.match(problems, /status: expected completed or amended .*, not stopped/);
  });

  it('thought-record/2 names the current version, thought-record/1 its major; each is read back as its schema', () => {
    const v1 = thoughtRecords[0];
    const v2 = { ...clone(v1), schema: 'thought-record/2' };
    const canonical = 'https://homework-elements.org/fhir/Questionnaire/thought-record';
    assert.equal(fhir.toQuestionnaireResponse(v1).questionnaire, `${canonical}|1`);
    assert.equal(fhir.toQuestionnaireResponse(v2).questionnaire, `${canonical}|2.1.1`);
    for (const entry of [v1, v2]) {
      const read = fhir.entryFromQuestionnaireResponse(fhir.toQuestionnaireResponse(entry));
      assert.ok(read.ok, JSON.stringify(read.problems));
      assert.equal(read.value.schema, entry.schema);
    }
  });

  it('a response with no engagement is refused with the reason, not filled with made-up figures', () => {
    const response = elsewhere(moodCheckIns[0]);
    delete response.extension;
    const result = fhir.entryFromQuestionnaireResponse(response);
    assert.equal(result.ok, false);
    assert.deepEqual(result.problems, [
      `extension ${fhir.ENGAGEMENT_EXTENSION}: missing; the time, sittings and edits it records are measured ` +
        'by the homework-elements widget and are not made up for a response filled in elsewhere',
    ]);
  });
});

describe('StructureDefinitions of the extensions', () => {
  const TYPE_OF = {
    valueString: 'string',
    valueCode: 'code',
    valueInteger: 'integer',
    valueDateTime: 'dateTime',
    valueCoding: 'Coding',
  };

  it('each is valid R4, published, and defines every part the writer writes, with its type', () => {
    const definitions = new Map();
    for (const definition of fhir.allStructureDefinitions()) {
      assertValidFhir(definition);
      const published = JSON.parse(readFileSync(`dist/fhir/StructureDefinition-${definition.id}.json`, 'utf8'));
      assert.deepEqual(published, definition);
      const parts = new Map(
        definition.differential.element
          .filter((/** @type {any} */ e) => e.path === 'Extension.extension.value[x]')
          .map((/** @type {any} */ e) => [e.id.split(':')[1].split('.')[0], e.type[0].code]),
      );
      definitions.set(definition.url, parts);
    }
    assert.deepEqual([...definitions.keys()], [fhir.ENTRY_EXTENSION, fhir.ENGAGEMENT_EXTENSION]);
    let checked = 0;
    for (const entry of allEntries) {
      for (const extension of fhir.toQuestionnaireResponse(entry).extension) {
        const parts = definitions.get(extension.url);
        for (const part of extension.extension) {
          const [valueKey] = Object.keys(part).filter((key) => key.startsWith('value'));
          assert.equal(parts.get(part.url), TYPE_OF[/** @type {keyof typeof TYPE_OF} */ (valueKey)], `${part.url}`);
          checked += 1;
        }
      }
    }
    assert.ok(checked > 80, `${checked} parts checked`);
  });
});

describe('the self-review wording', () => {
  it('the FHIR copy equals the English catalogue the widgets show', async () => {
    const { selfReviewMessages } = await import('../../dist/esm/i18n/en/self-review.js');
    const { SELF_REVIEW_ENGLISH } = await import('../../dist/esm/fhir/exercise-fields.js');
    const { 'review.rating': _shownOnly, ...catalogue } = selfReviewMessages;
    assert.deepEqual(SELF_REVIEW_ENGLISH, catalogue);
  });
});

describe('Task (SDC complete-questionnaire)', () => {
  for (const assignment of assignments) {
    it(`${assignment.id}: valid R4, pointing at the exercise's Questionnaire`, () => {
      const task = fhir.assignmentToTask(assignment, {
        subject: 'Patient/pat-42',
        requester: 'Practitioner/dr-9',
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
        `https://homework-elements.org/fhir/Questionnaire/${assignment.exercise}|${fhir.QUESTIONNAIRE_RELEASES[assignment.exercise].version}`,
      );
      assert.deepEqual(task.for, { reference: 'Patient/pat-42', type: 'Patient' });
      assert.deepEqual(task.owner, task.for, 'the client is to do it');
      assert.deepEqual(task.requester, { reference: 'Practitioner/dr-9', type: 'Practitioner' });
      assert.equal(task.authoredOn, '2026-11-20T10:00:00+01:00');
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
    assert.equal(vague.restriction, undefined, '"next week" is not a FHIR dateTime');
    assert.deepEqual(vague.note, [{ text: 'Due: next week' }], 'but it is not dropped');
    assert.ok(!Number.isNaN(Date.parse(vague.authoredOn)), 'authoredOn always, now by default');
  });

  it('a due time is kept: seconds added, a time without a zone kept in a note', () => {
    const due = (/** @type {string} */ dueDate) => {
      const task = fhir.assignmentToTask({ id: 'a-due', exercise: 'mood-tracker', dueDate });
      assertValidFhir(task);
      return { end: task.restriction?.period.end, note: task.note?.map((/** @type {any} */ n) => n.text) };
    };
    assert.deepEqual(due('2026-11-27T18:00+01:00'), { end: '2026-11-27T18:00:00+01:00', note: undefined });
    assert.deepEqual(due('2026-11-27T18:00'), {
      end: '2026-11-27',
      note: ['Due 2026-11-27 at 18:00 (local time; no time zone was given)'],
    });
  });

  it('requester and owner as identifiers; the clinician’s wording as text inputs', () => {
    const [withAll] = assignments;
    const task = fhir.assignmentToTask(withAll, {
      subject: 'client-7',
      requester: 'https://practice.example/staff|dr-9',
      owner: 'RelatedPerson/7',
    });
    assertValidFhir(task);
    assert.deepEqual(task.requester, {
      type: 'Practitioner',
      identifier: { system: 'https://practice.example/staff', value: 'dr-9' },
    });
    assert.deepEqual(task.owner, { reference: 'RelatedPerson/7', type: 'RelatedPerson' });
    const wording = task.input.filter((/** @type {any} */ i) => i.type.coding[0].code === 'wording');
    assert.deepEqual(wording, [
      {
        type: {
          coding: [{ system: fhir.CODE_SYSTEM_BASE + 'task-input', code: 'wording' }],
          text: 'Wording: tr.situation.hint',
        },
        valueString: 'Think of Monday.',
      },
    ]);
  });

  it('completeTask: completed, with the response as output (by id, else by identifier)', () => {
    const task = fhir.assignmentToTask(assignments[0], { subject: 'Patient/pat-42' });
    const response = fhir.toQuestionnaireResponse(thoughtRecords[0]);
    const done = fhir.completeTask(task, response);
    assertValidFhir(done);
    assert.equal(done.status, 'completed');
    assert.ok(Date.parse(done.lastModified) >= Date.parse(done.authoredOn), 'changed now, after it was authored');
    assert.deepEqual(done.output, [
      {
        type: {
          coding: [
            {
              system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp',
              code: 'questionnaire-response',
              display: 'QuestionnaireResponse',
            },
          ],
        },
        valueReference: { type: 'QuestionnaireResponse', identifier: response.identifier },
      },
    ]);
    const filed = fhir.completeTask(task, { ...response, id: 'qr-77' });
    assert.deepEqual(filed.output[0].valueReference, { reference: 'QuestionnaireResponse/qr-77' });
    assert.equal(task.status, 'requested', 'the Task given is not changed');
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

  it('each code has a definition that says more than its display', () => {
    for (const codeSystem of fhir.allCodeSystems()) {
      for (const concept of codeSystem.concept) {
        const where = `${codeSystem.id}#${concept.code}`;
        assert.ok(concept.definition?.trim().length >= 20, `${where} has a definition`);
        assert.notEqual(concept.definition, concept.display, `${where}: the definition is not the display again`);
      }
    }
    const emotion = fhir.allCodeSystems().find((codeSystem) => codeSystem.id === 'emotion');
    for (const concept of emotion.concept) {
      assert.match(concept.definition, /not a clinical finding/, `emotion#${concept.code} is the client's own word`);
    }
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
    assert.deepEqual(mood.subject, {
      type: 'Patient',
      identifier: { system: fhir.CLIENT_ID_SYSTEM, value: 'client-7' },
    });
    assert.deepEqual(mood.performer, [mood.subject], 'self-rated by the client');
    const [sleep] = fhir.entryObservations(moodCheckIns[0]).filter((o) => o.code.coding[0].code === 'sleep-hours');
    assert.deepEqual(sleep.valueQuantity, { value: 7.5, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' });
    const loinc = { system: 'http://loinc.org', code: '93832-4', display: 'Sleep duration' };
    assert.deepEqual(sleep.code.coding[1], loinc, 'the standard code beside ours');
    const [hours] = [...walk(fhir.exerciseQuestionnaire('mood-tracker').item)].filter(
      (i) => i.linkId === 'sleep.hours',
    );
    assert.deepEqual(hours.code, [loinc], 'the Questionnaire item says the same');
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

  /** POST as a FHIR client does: conditional create, no Idempotency-Key. */
  const createIfNoneExist = (/** @type {unknown} */ body, /** @type {string} */ condition) =>
    fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json', 'If-None-Exist': condition },
      body: JSON.stringify(body),
    });
  const storedWithId = async (/** @type {string} */ id) =>
    (await (await fetch(`${server.url}/__test/entries`)).json()).filter((/** @type {any} */ e) => e.id === id).length;

  it('honours If-None-Exist: a retry after a lost answer finds the response and creates no second one', async () => {
    const entry = { ...clone(moodCheckIns[0]), id: '6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0c01' };
    const response = fhir.toQuestionnaireResponse(entry);
    const condition = fhir.ifNoneExist(entry.id);
    assert.equal(condition, `identifier=https://homework-elements.org/fhir/entry-id|${entry.id}`);
    await fetch(`${server.url}/__test/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ queue: [{ dropAfterCommit: true }] }),
    });
    await assert.rejects(createIfNoneExist(response, condition), 'the answer is lost after the commit');
    assert.equal(await storedWithId(entry.id), 1, 'but the response was stored');
    const retry = await createIfNoneExist(response, condition);
    assert.equal(retry.status, 200, 'found, not created');
    assert.match(retry.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    const outcome = await retry.json();
    assertValidFhir(outcome);
    assert.equal(outcome.issue[0].code, 'duplicate');
    assert.doesNotMatch(JSON.stringify(outcome), /Heimweh|calm/, 'no entry content is read back');
    // FHIR's rule: a match is the answer, whatever the body now says.
    const changed = fhir.toQuestionnaireResponse({ ...entry, data: { ...entry.data, note: 'changed' } });
    assert.equal((await createIfNoneExist(changed, condition)).status, 200);
    assert.equal(await storedWithId(entry.id), 1, 'still one');
  });

  it('a conditional create reads a response without identifier as the entry it names', async () => {
    const entry = { ...clone(thoughtRecords[1]), id: '6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0c02' };
    const response = clone(fhir.toQuestionnaireResponse(entry));
    delete response.identifier;
    const created = await createIfNoneExist(response, fhir.ifNoneExist(entry.id));
    assert.equal(created.status, 201, await created.clone().text());
    assert.equal(await storedWithId(entry.id), 1);
  });

  it('refuses an If-None-Exist it cannot search, or one naming another entry than the key', async () => {
    const entry = { ...clone(thoughtRecords[1]), id: '6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0c03' };
    const response = fhir.toQuestionnaireResponse(entry);
    for (const condition of [
      'subject=Patient/1',
      `identifier=https://other.example|${entry.id}`,
      'identifier=x&_id=1',
    ]) {
      const refused = await createIfNoneExist(response, condition);
      assert.equal(refused.status, 400, condition);
      assert.match(
        (await refused.json()).issue[0].details.text,
        /If-None-Exist: only identifier=https:\/\/homework-elements.org\/fhir\/entry-id\|<entry id>/,
      );
    }
    const mismatch = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/fhir+json',
        'Idempotency-Key': entry.id,
        'If-None-Exist': fhir.ifNoneExist('6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0fff'),
      },
      body: JSON.stringify(response),
    });
    assert.equal(mismatch.status, 400);
    assert.equal(await storedWithId(entry.id), 0);
  });

  it('refuses a QuestionnaireResponse it cannot map or that breaks the entry schema (422, with reasons)', async () => {
    const unknownItem = fhir.toQuestionnaireResponse(thoughtRecords[1]);
    unknownItem.identifier.value = '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0abc';
    unknownItem.item.push({ linkId: 'ssn', text: 'x', answer: [{ valueString: '1' }] });
    const refused = await postFhir(unknownItem, 'k-unknown');
    assert.equal(refused.status, 422);
    assert.match((await refused.json()).issue[0].diagnostics, /ssn: not in the questionnaire/);
    const badRating = fhir.toQuestionnaireResponse({
      ...thoughtRecords[0],
      id: '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0abd',
    });
    badRating.item.find((/** @type {any} */ i) => i.linkId === 'balancedBelief').answer = [{ valueInteger: 250 }];
    const invalid = await postFhir(badRating, 'k-rating');
    assert.equal(invalid.status, 422);
    const reasons = (await invalid.json()).issue.map((/** @type {any} */ issue) => issue.details.text);
    assert.match(reasons.join('\n'), /balancedBelief/);
    const notFhir = await postFhir({ resourceType: 'Observation', status: 'final' }, 'k-obs');
    assert.equal(notFhir.status, 422);
  });
  /** A refusal to a FHIR request: an OperationOutcome, valid R4, sent as FHIR JSON. */
  const outcomeOf = async (/** @type {Response} */ response) => {
    assert.match(response.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    const outcome = await response.json();
    assert.equal(outcome.resourceType, 'OperationOutcome');
    assertValidFhir(outcome);
    for (const issue of outcome.issue) assert.equal(issue.severity, 'error');
    return outcome;
  };

  it('refuses FHIR requests with an OperationOutcome: one issue per reason, in details.text', async () => {
    const unknownItem = fhir.toQuestionnaireResponse({
      ...thoughtRecords[1],
      id: '5b0c1c1e-7d0e-4d6c-9a57-1f8f7f5e0a01',
    });
    unknownItem.item.push({ linkId: 'ssn', text: 'x', answer: [{ valueString: '1' }] });
    unknownItem.status = 'in-progress';
    const refused = await postFhir(unknownItem, unknownItem.identifier.value);
    assert.equal(refused.status, 422);
    const outcome = await outcomeOf(refused);
    const reasons = outcome.issue.map((/** @type {any} */ issue) => issue.details.text);
    assert.equal(reasons.length, 2, reasons.join('\n'));
    assert.match(reasons.join('\n'), /^status: expected completed/m);
    assert.match(reasons.join('\n'), /^item ssn: not in the questionnaire/m);
    assert.deepEqual(new Set(outcome.issue.map((/** @type {any} */ issue) => issue.code)), new Set(['invalid']));
    assert.match(outcome.issue[0].diagnostics, /^QuestionnaireResponse is not valid/);

    const notJson = await postFhir('{"resourceType":', 'k-not-json');
    assert.equal(notJson.status, 400);
    const [issue] = (await outcomeOf(notJson)).issue;
    assert.deepEqual(issue.details, { text: 'Body is not valid JSON' });
    assert.equal(issue.code, 'invalid');

    const noKey = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json; charset=utf-8' },
      body: '{}',
    });
    assert.equal(noKey.status, 400);
    assert.match((await outcomeOf(noKey)).issue[0].details.text, /Idempotency-Key \(or, for FHIR, If-None-Exist\)/);
  });

  it('a FHIR search without a credential is refused as an OperationOutcome (login)', async () => {
    for (const init of [{ query: '?format=fhir' }, { query: '', headers: { Accept: 'application/fhir+json' } }]) {
      const refused = await fetch(`${server.url}/api/homework${init.query}`, { headers: init.headers });
      assert.equal(refused.status, 401);
      assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
      const [issue] = (await outcomeOf(refused)).issue;
      assert.equal(issue.code, 'login');
      assert.deepEqual(issue.details.coding, [{ system: fhir.PROBLEM_CODE_SYSTEM, code: 'credential-required' }]);
    }
  });

  it('a withdrawn link is said in FHIR too: the machine-readable code travels in details.coding', async () => {
    const link = await createLink(server.url, reader, 'client-7');
    const revoked = await fetch(`${server.url}/api/links/${encodeURIComponent(link.id)}`, {
      method: 'DELETE',
      headers: reader,
    });
    assert.equal(revoked.status, 204);
    const entry = { ...clone(moodCheckIns[0]), id: '6c1d2d2f-8e1f-4e7d-8b68-2a9a8a6f0d01' };
    const refused = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { ...link.headers, 'Content-Type': 'application/fhir+json', 'Idempotency-Key': entry.id },
      body: JSON.stringify(fhir.toQuestionnaireResponse(entry)),
    });
    assert.equal(refused.status, 401);
    const [issue] = (await outcomeOf(refused)).issue;
    assert.deepEqual(issue.details.coding, [{ system: fhir.PROBLEM_CODE_SYSTEM, code: 'link-revoked' }]);
    assert.match(issue.details.text, /withdrawn/);
    assert.equal(await storedWithId(entry.id), 0);
  });

  it('native JSON requests keep the problem body', async () => {
    const refused = await fetch(`${server.url}/api/homework`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-native' },
      body: '{"resourceType":',
    });
    assert.equal(refused.status, 400);
    assert.match(refused.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await refused.json(), { message: 'Body is not valid JSON' });
    const unauthenticated = await fetch(`${server.url}/api/homework`);
    assert.equal(unauthenticated.status, 401);
    assert.equal((await unauthenticated.json()).code, 'credential-required');
  });
});
