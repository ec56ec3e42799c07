// The few FHIR R4 shapes this library writes and reads, hand-written so the published
// package needs no FHIR dependency. Only the elements we use; see hl7.org/fhir/R4.

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  _display?: PrimitiveExtensions;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  /** The resource type the reference points at (useful with a logical `identifier`). */
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

/** A simple extension carries one value; a complex one carries sub-extensions instead. */
export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueDateTime?: string;
  valueCoding?: Coding;
  extension?: Extension[];
}

/** Extensions on a primitive element (FHIR JSON `_text`, `_title`), e.g. its translations. */
export interface PrimitiveExtensions {
  extension: Extension[];
}

export interface AnswerOption {
  valueCoding?: Coding;
  valueInteger?: number;
  /** R4 forbids `initial` beside answerOption (que-11): the widget's default is marked here. */
  initialSelected?: boolean;
}

export type QuestionnaireItemType =
  'group' | 'string' | 'text' | 'integer' | 'decimal' | 'boolean' | 'dateTime' | 'choice' | 'open-choice';

export interface QuestionnaireItem {
  linkId: string;
  code?: Coding[];
  text: string;
  _text?: PrimitiveExtensions;
  type: QuestionnaireItemType;
  extension?: Extension[];
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  readOnly?: boolean;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'any' | 'all';
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}

export type EnableWhen = {
  question: string;
  operator: '=' | '!=' | 'exists';
  answerInteger?: number;
  answerBoolean?: boolean;
  answerCoding?: Coding;
};

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  date: string;
  name: string;
  title: string;
  _title?: PrimitiveExtensions;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType: string[];
  publisher: string;
  description: string;
  language: string;
  item: QuestionnaireItem[];
}

export interface Answer {
  valueString?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueDateTime?: string;
  valueCoding?: Coding;
}

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: Answer[];
  item?: ResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  language?: string;
  extension?: Extension[];
  identifier?: Identifier;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: ResponseItem[];
}

export interface Annotation {
  text: string;
}

export interface TaskInput {
  type: CodeableConcept;
  valueCanonical?: string;
  valueString?: string;
}

export interface TaskOutput {
  type: CodeableConcept;
  valueReference: Reference;
}

export interface Task {
  resourceType: 'Task';
  language?: string;
  identifier?: Identifier[];
  status: 'requested' | 'completed';
  intent: 'order';
  code: CodeableConcept;
  description?: string;
  for?: Reference;
  authoredOn?: string;
  lastModified?: string;
  requester?: Reference;
  owner?: Reference;
  executionPeriod?: Period;
  restriction?: { period: Period };
  note?: Annotation[];
  input: TaskInput[];
  output?: TaskOutput[];
}
