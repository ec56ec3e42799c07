// A widget's configuration: its own attributes over its <hw-provider>'s, the assignment
// checked against the published schema, and the exercise's own checks. Problems are shown
// as the widget's configuration error and told to the host once each (hw-config-error).
import type { Exercise } from '../../core/assignment.js';
import { ownConfig, resolveConfig, type HomeworkConfig, type ResolvedConfig } from '../../core/config.js';
import { describeIssues } from '../../core/issues.js';
import { loadedSchemas, loadSchemas } from '../../lazy/schemas.js';
import { HwConfigErrorEvent } from '../../events.js';
import type { AssignmentSource, SourceHost } from './assignment-task.js';
import { loadAssignmentWords } from './assignment-words.js';

/** What the configuration is read from on its element. */
export interface ConfigHost extends SourceHost, HomeworkConfig {
  readonly exercise: Exercise;
  dispatchEvent(event: Event): boolean;
  /** Extra checks of the exercise (e.g. column count), as message keys. */
  configProblemsFor(): string[];
}

/** The element's properties that make up its configuration: a change checks it again. */
export const CONFIG_KEYS = [
  'endpoint',
  'subject',
  'credentials',
  'timeout',
  'getAuthHeaders',
  'encryptDrafts',
  'expectSavedWork',
  'format',
  'inherited',
  'assignment',
  'assignmentSrc',
];

/** Not a reactive controller: the element asks it to check when a configuration property changed. */
export class WidgetConfig {
  /** Null while anything is wrong (or not checked yet): nothing is saved for sending then. */
  config: ResolvedConfig | null = null;
  problems: string[] = [];
  /** An assignment is set but the schemas that check it have not loaded yet. */
  pending = false;
  private reported = '';

  constructor(
    private readonly host: ConfigHost,
    private readonly source: AssignmentSource,
    private readonly onLoadFailure: (error: unknown) => void,
  ) {}

  check(): void {
    const host = this.host;
    const result = resolveConfig(ownConfig(host), host.inherited, document.baseURI);
    const problems = result.ok ? [] : [...result.problems];
    const schemas = loadedSchemas();
    if (host.assignment !== undefined && (!schemas || !loadAssignmentWords.loaded())) {
      // Not ready until the assignment can be checked: "Loading…", and no error reported yet.
      this.problems = [];
      this.config = null;
      return this.awaitSchemas();
    }
    if (host.assignment !== undefined && schemas) {
      const parsed = schemas.parseAssignment(host.assignment);
      if (!parsed.success) problems.push(`assignmentInvalid:${describeIssues(parsed.error.issues).join('; ')}`);
      else if (parsed.data.exercise !== host.exercise) problems.push(`assignmentWrongExercise:${parsed.data.exercise}`);
    }
    if (this.source.problem && !this.source.hostOwned) problems.push(this.source.problem);
    problems.push(...host.configProblemsFor());
    this.problems = problems;
    this.config = result.ok && problems.length === 0 ? result.config : null;
    const signature = problems.join('\n');
    if (problems.length && signature !== this.reported) host.dispatchEvent(new HwConfigErrorEvent(problems));
    this.reported = signature;
  }

  /** "Try again" after the schemas failed to load. */
  retry(): void {
    if (!this.pending) return;
    this.pending = false;
    this.check();
  }

  /** Check the configuration again once the schemas (and the assignment's words) have loaded. */
  private awaitSchemas(): void {
    if (this.pending) return;
    this.pending = true;
    void Promise.all([loadSchemas(), loadAssignmentWords()]).then(
      () => {
        this.pending = false;
        this.check();
        this.host.requestUpdate();
      },
      // Stays pending (nothing checked, nothing sent) until "Try again" succeeds.
      this.onLoadFailure,
    );
  }
}
