// The two extensions on every response, defined as FHIR R4 StructureDefinitions and
// published beside the Questionnaires (dist/fhir/StructureDefinition-*.json), so a validating
// server can check them instead of reporting unknown extensions. extensions.ts writes them;
// a test checks that every part it writes is defined here with the same type.
import { ENGAGEMENT_EXTENSION, ENTRY_EXTENSION } from './urls.js';
import { STRUCTURE_DEFINITION_RELEASES, releaseOf } from './versions.js';

type ValueType = 'string' | 'code' | 'integer' | 'dateTime' | 'Coding';

interface Part {
  name: string;
  type: ValueType;
  min: 0 | 1;
  max: '1' | '*';
  short: string;
}

const ENTRY_PARTS: Part[] = [
  { name: 'assignmentId', type: 'string', min: 0, max: '1', short: 'The assignment this entry answers' },
  { name: 'locale', type: 'code', min: 1, max: '1', short: 'The language the client filled it in (BCP 47)' },
  { name: 'variant', type: 'string', min: 0, max: '1', short: 'Research: the variant the client saw' },
  { name: 'createdAt', type: 'dateTime', min: 1, max: '1', short: 'When the client began the draft' },
  { name: 'updatedAt', type: 'dateTime', min: 1, max: '1', short: 'When the client last changed the draft' },
];

const rating = (name: string, what: string): Part => ({
  name,
  type: 'integer',
  min: 0,
  max: '1',
  short: `Self-review: ${what}, 0 (none) - 4 (a lot)`,
});

const ENGAGEMENT_PARTS: Part[] = [
  { name: 'activeSeconds', type: 'integer', min: 1, max: '1', short: 'Seconds the client was active in the form' },
  { name: 'sittings', type: 'integer', min: 1, max: '1', short: 'Separate sittings the entry took' },
  { name: 'edits', type: 'integer', min: 1, max: '1', short: 'Changes the client made' },
  { name: 'fieldsFilled', type: 'integer', min: 1, max: '1', short: 'Fields the client filled' },
  { name: 'fieldsOffered', type: 'integer', min: 1, max: '1', short: 'Fields the form offered' },
  rating('effort', 'how much effort the client put in'),
  rating('usefulness', 'how useful it was for the client'),
  rating('difficulty', 'how hard it was'),
  { name: 'obstacle', type: 'Coding', min: 0, max: '*', short: 'Self-review: what got in the way (obstacle codes)' },
  { name: 'reflection', type: 'string', min: 0, max: '1', short: 'Self-review: what the client takes from this' },
  { name: 'variant', type: 'string', min: 0, max: '1', short: 'Research: the variant the client saw' },
];

export interface StructureDefinition {
  resourceType: 'StructureDefinition';
  id: string;
  url: string;
  version: string;
  date: string;
  name: string;
  title: string;
  status: 'active';
  publisher: string;
  description: string;
  fhirVersion: '4.0.1';
  kind: 'complex-type';
  abstract: false;
  context: { type: 'element'; expression: string }[];
  type: 'Extension';
  baseDefinition: string;
  derivation: 'constraint';
  differential: { element: Record<string, unknown>[] };
}

function partElements({ name, type, min, max, short }: Part): Record<string, unknown>[] {
  const id = `Extension.extension:${name}`;
  return [
    { id, path: 'Extension.extension', sliceName: name, short, min, max },
    { id: `${id}.extension`, path: 'Extension.extension.extension', max: '0' },
    { id: `${id}.url`, path: 'Extension.extension.url', fixedUri: name },
    { id: `${id}.value[x]`, path: 'Extension.extension.value[x]', min: 1, type: [{ code: type }] },
  ];
}

function complexExtension(id: string, url: string, title: string, description: string, parts: Part[]) {
  const definition: StructureDefinition = {
    resourceType: 'StructureDefinition',
    id,
    url,
    ...releaseOf(STRUCTURE_DEFINITION_RELEASES, id),
    name: title.replace(/[^A-Za-z]/g, ''),
    title,
    status: 'active',
    publisher: 'homework-elements',
    description,
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: [{ type: 'element', expression: 'QuestionnaireResponse' }],
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    differential: {
      element: [
        { id: 'Extension', path: 'Extension', short: title, definition: description, min: 0, max: '1' },
        {
          id: 'Extension.extension',
          path: 'Extension.extension',
          slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'closed' },
        },
        ...parts.flatMap(partElements),
        { id: 'Extension.url', path: 'Extension.url', fixedUri: url },
        { id: 'Extension.value[x]', path: 'Extension.value[x]', max: '0' },
      ],
    },
  };
  return definition;
}

export function allStructureDefinitions(): StructureDefinition[] {
  return [
    complexExtension(
      'entry',
      ENTRY_EXTENSION,
      'Homework entry',
      'What a homework-elements entry records beside the answers: the assignment, the language, ' +
        'the research variant and when the draft was begun and last changed.',
      ENTRY_PARTS,
    ),
    complexExtension(
      'engagement',
      ENGAGEMENT_EXTENSION,
      'Homework engagement',
      'How the client engaged with a homework-elements exercise: time active, sittings, edits, fields ' +
        "filled of those offered, and the client's own closing self-review.",
      ENGAGEMENT_PARTS,
    ),
  ];
}
