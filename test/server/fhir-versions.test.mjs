// A published FHIR resource never changes under a version it was published with: the hash of
// each resource's content is recorded per version in fixtures/fhir-published.json. Rewording
// the English UI catalogue (which Questionnaire item text comes from) without bumping the
// version in src/fhir/versions.ts fails here, and so does a new version whose hash nobody
// recorded. Recorded hashes are never edited: a new version gets a new line. Needs `npm run build`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as fhir from '../../dist/esm/fhir/index.js';

const FIXTURE = new URL('./fixtures/fhir-published.json', import.meta.url);
/** @type {Record<string, string>} `Questionnaire/mood-tracker|1.1.0` -> sha256 of its JSON */
const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8'));

/** @typedef {{ resourceType: string, id: string, version: string, date: string }} Published */

/** @returns {Published[]} */
const allPublished = () => [...fhir.allQuestionnaires(), ...fhir.allCodeSystems(), ...fhir.allStructureDefinitions()];

const keyOf = (/** @type {Published} */ resource) => `${resource.resourceType}/${resource.id}|${resource.version}`;
const hashOf = (/** @type {unknown} */ resource) => createHash('sha256').update(JSON.stringify(resource)).digest('hex');

/**
 * What is published but not as recorded: a changed content under a recorded version, or a
 * version with no recorded hash. Each says what to do.
 * @param {Published[]} resources
 * @param {Record<string, string>} hashes
 */
function unrecorded(resources, hashes) {
  return resources.flatMap((resource) => {
    const key = keyOf(resource);
    const hash = hashOf(resource);
    if (!(key in hashes)) return [`${key} is not recorded: if it is a new version, add "${key}": "${hash}"`];
    if (hashes[key] !== hash) {
      return [`${key} changed without a version bump: bump it in src/fhir/versions.ts, then record its hash`];
    }
    return [];
  });
}

describe('published FHIR resources are versioned', () => {
  it('each has a semantic version and a date', () => {
    for (const resource of allPublished()) {
      assert.match(resource.version, /^\d+\.\d+\.\d+$/, keyOf(resource));
      assert.match(resource.date, /^\d{4}-\d{2}-\d{2}$/, keyOf(resource));
    }
  });

  it('each one’s content is the content recorded for its version', () => {
    assert.deepEqual(unrecorded(allPublished(), recorded), []);
  });

  it('the check catches a reworded item and an unrecorded version (it is not vacuous)', () => {
    const [questionnaire] = fhir.allQuestionnaires();
    const reworded = structuredClone(questionnaire);
    reworded.item[0].text += ' (reworded)';
    assert.match(unrecorded([reworded], recorded).join(), /changed without a version bump/);
    const bumped = { ...reworded, version: '99.0.0' };
    assert.match(unrecorded([bumped], recorded).join(), /Questionnaire\/.*\|99\.0\.0 is not recorded/);
  });

  it('a Questionnaire’s major is the entry schema’s major; a response names the full version', () => {
    for (const questionnaire of fhir.allQuestionnaires()) {
      const [major] = questionnaire.version.split('.');
      const canonical = fhir.questionnaireCanonical(`${questionnaire.id}/${major}`);
      assert.equal(canonical, `${questionnaire.url}|${questionnaire.version}`);
    }
    assert.equal(fhir.QUESTIONNAIRE_RELEASES['thought-record'].version.split('.')[0], '2', 'thought-record/2');
  });
});
