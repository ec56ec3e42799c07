// What the mapping really produces, validated as a validating server would with our
// definitions loaded: base R4 (Medplum's validator with the R4 StructureDefinitions) and every
// extension against its StructureDefinition, HL7's (translation, questionnaire-hidden,
// minValue, maxValue) or ours (entry, engagement), an undefined one failing. What Medplum
// checks against an extension's definition is said in test/support/fhir-profiles.mjs.
// Needs `npm run build`.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import * as fhir from '../../dist/esm/fhir/index.js';
import { allEntries, assignments, thoughtRecords } from '../support/fhir-entries.mjs';
import { loadExtensionValidator } from '../support/fhir-profiles.mjs';
import { loadFhirValidator } from '../support/fhir-validator.mjs';

/** @type {(resource: object) => void} */
let assertValidR4;
/** @type {(resource: object) => void} */
let assertDefinedExtensions;

before(async () => {
  assertValidR4 = await loadFhirValidator();
  assertDefinedExtensions = await loadExtensionValidator(fhir.allStructureDefinitions());
});

const assertValid = (/** @type {object} */ resource) => {
  assertValidR4(resource);
  assertDefinedExtensions(resource);
};

/** How many extensions a resource carries, nested ones (`_text`) included, parts not. */
const extensionCount = (/** @type {any} */ resource) => JSON.stringify(resource).split('"url":"http').length - 1;

describe('validated with our StructureDefinitions loaded', () => {
  it('the check refuses what a validating server would: a missing or repeated part, a value, an unknown extension', () => {
    const response = fhir.toQuestionnaireResponse(thoughtRecords[0]);
    assertValid(response);
    const entry = structuredClone(response);
    const parts = entry.extension.find((/** @type {any} */ e) => e.url === fhir.ENTRY_EXTENSION).extension;
    parts.splice(
      parts.findIndex((/** @type {any} */ p) => p.url === 'locale'),
      1,
    );
    assert.throws(() => assertDefinedExtensions(entry), /slice 'locale': expected 1\.\.1, but found 0/);
    const twice = structuredClone(response);
    const engagement = twice.extension.find((/** @type {any} */ e) => e.url === fhir.ENGAGEMENT_EXTENSION);
    engagement.extension.push({ url: 'sittings', valueInteger: 3 });
    assert.throws(() => assertDefinedExtensions(twice), /slice 'sittings': expected 1\.\.1, but found 2/);
    const valued = structuredClone(response);
    valued.extension[0].valueString = 'not a complex extension';
    assert.throws(() => assertDefinedExtensions(valued), /entry/);
    const unknown = { ...structuredClone(response), extension: [{ url: 'https://ehr.example/x', valueString: 'x' }] };
    assert.throws(() => assertDefinedExtensions(unknown), /no StructureDefinition for https:\/\/ehr\.example\/x/);
    const questionnaire = fhir.exerciseQuestionnaire('mood-tracker');
    const translation = questionnaire.item.find((/** @type {any} */ item) => item._text)._text.extension[0];
    translation.extension = translation.extension.filter((/** @type {any} */ part) => part.url !== 'lang');
    assert.throws(() => assertDefinedExtensions(questionnaire), /translation: .*slice 'lang'/);
  });

  for (const exercise of ['thought-record', 'mood-tracker', 'behavioural-experiment']) {
    it(`Questionnaire ${exercise}: translations, hidden items and bounds as HL7 defines them`, () => {
      const questionnaire = fhir.exerciseQuestionnaire(exercise);
      assertValid(questionnaire);
      assert.ok(extensionCount(questionnaire) > 50, 'it has extensions to check');
    });
  }

  it('every QuestionnaireResponse and Observation of the fixtures', () => {
    let observations = 0;
    for (const entry of allEntries) {
      const response = fhir.toQuestionnaireResponse(entry);
      assertValid(response);
      assert.equal(response.extension.length, 2, `${entry.id}: entry and engagement`);
      for (const observation of fhir.entryObservations(entry)) {
        assertValid(observation);
        observations += 1;
      }
    }
    assert.ok(observations > 5, `${observations} Observations checked`);
  });

  it('every Task, and a Task completed with its response', () => {
    for (const assignment of assignments) {
      const task = fhir.assignmentToTask(assignment, {
        subject: 'Patient/pat-42',
        requester: 'Practitioner/dr-9',
        authoredOn: '2026-11-20T10:00:00+01:00',
      });
      assertValid(task);
      assertValid(fhir.completeTask(task, fhir.toQuestionnaireResponse(thoughtRecords[0])));
    }
  });
});
