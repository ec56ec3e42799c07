// FHIR R4 for homework-elements: each exercise's Questionnaire, entries as
// QuestionnaireResponses (and back), assignments as SDC Tasks. Pure and DOM-free, so a
// server can use it too (`homework-elements/fhir`).
export * from './types.js';
export {
  FHIR_BASE,
  QUESTIONNAIRE_BASE,
  ENTRY_EXTENSION,
  ENGAGEMENT_EXTENSION,
  ENTRY_ID_SYSTEM,
  CLIENT_ID_SYSTEM,
  ASSIGNMENT_ID_SYSTEM,
  CODE_SYSTEM_BASE,
  SDC_TEMP_SYSTEM,
  PROBLEM_CODE_SYSTEM,
  questionnaireUrl,
  questionnaireCanonical,
} from './urls.js';
export { codeSystems, CODES } from './exercise-fields.js';
export { exerciseQuestionnaire, allQuestionnaires } from './questionnaire.js';
export {
  QUESTIONNAIRE_RELEASES,
  CODE_SYSTEM_RELEASES,
  STRUCTURE_DEFINITION_RELEASES,
  type Release,
} from './versions.js';
export { entryFromQuestionnaireResponse, type ReadOptions } from './response.js';
export { toQuestionnaireResponse, ifNoneExist, filingProblems, type ResponseOptions } from './to-response.js';
export { subjectReference, subjectFromReference, type SubjectOptions } from './subject.js';
export { assignmentToTask, assignmentFromTask, completeTask, type TaskOptions } from './task.js';
export { entryObservations, OBSERVATION_CODE_SYSTEM, type Observation, type Quantity } from './observations.js';
export { allCodeSystems, type CodeSystem } from './code-systems.js';
export { allStructureDefinitions, type StructureDefinition } from './structure-definitions.js';
export { FHIR_CONTENT_TYPE } from './content-type.js';
