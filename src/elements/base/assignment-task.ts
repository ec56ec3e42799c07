// `assignment-src`: the assignment fetched from an address, as a task. A new address (or the
// widget leaving the page) aborts the request under way, so an old answer never lands on a
// new address. The fetching code is a chunk of its own (assignment-source.ts).
import type { ReactiveController } from 'lit';
import type { Assignment } from '../../core/assignment.js';
import { checkEndpoint, type HomeworkConfig } from '../../core/config.js';
import { describeIssues } from '../../core/issues.js';
import { loadSchemas } from '../../lazy/schemas.js';
import { onDemand } from '../../core/on-demand.js';
import { addEnglishMessages } from '../../i18n/catalogue.js';
import type { AssignmentFetch } from './assignment-source.js';
import type { OutboxHost } from './outbox-controller.js';

/** What the task works with on its element. */
export interface SourceHost extends Pick<OutboxHost, 'addController' | 'requestUpdate'> {
  assignment?: Assignment;
  readonly assignmentSrc?: string;
  readonly inherited?: HomeworkConfig;
}

export class AssignmentSource implements ReactiveController {
  /** Being fetched: the widget says "Loading…" and checks nothing yet. */
  loading = false;
  /** What went wrong with the last address (a problem string), shown as a configuration error. */
  problem?: string;
  private fetched?: Assignment;
  private from?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: SourceHost & HomeworkConfig,
    /** The fetch ended (an assignment, or a problem): the configuration is checked again. */
    private readonly settled: () => void,
  ) {
    host.addController(this);
  }

  /** The host set `assignment` itself (not one fetched from `assignment-src`): it wins. */
  get hostOwned(): boolean {
    return this.host.assignment !== undefined && this.host.assignment !== this.fetched;
  }

  /**
   * Before each render (the element calls it, before it decides what waits): fetch when the
   * address is new and the host has not set an assignment of its own.
   */
  update(): void {
    const host = this.host;
    const src = host.assignmentSrc;
    if (src === this.from) return;
    this.stop();
    this.problem = undefined;
    if (!src || this.hostOwned) return;
    this.from = src;
    this.loading = true;
    const abort = (this.abort = new AbortController());
    const tools = { checkEndpoint, loadSchemas, describeIssues, addEnglishMessages };
    void loadAssignmentSource()
      .then(
        ({ fetchAssignment }) => fetchAssignment(src, host, host.inherited, tools, abort.signal),
        // Its code did not arrive: as unreachable as the assignment itself (shown, fetched again on change).
        (): AssignmentFetch => ({ ok: false, problem: 'assignmentSrcUnreachable:' }),
      )
      .then((result) => {
        if (abort.signal.aborted) return;
        this.loading = false;
        if (!result.ok) this.problem = result.problem;
        else {
          if (!this.hostOwned) host.assignment = result.assignment;
          this.fetched = result.assignment;
        }
        this.settled();
        host.requestUpdate();
      });
  }

  /** Leaving the page: the request stops; back on the page, it is asked again. */
  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.abort?.abort();
    this.from = undefined;
    this.loading = false;
  }
}

/** Fetching `assignment-src` is code only some pages need: a chunk of its own in the npm build. */
const loadAssignmentSource = onDemand('assignment-source', () => import('./assignment-source.js'));
