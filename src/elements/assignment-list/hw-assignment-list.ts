// <hw-assignment-list>: the client's own space. From their link it reads their homework's
// states (never an entry), shows what is to do first and what is done apart, opens one, and
// makes a calendar reminder on the device. Offline it shows the list as last loaded.
import { fetchWithAuth } from '../../core/authorized-fetch.js';
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkEndpoint, originTrust, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { requestFor } from '../../core/request-settings.js';
import { now } from '../../core/clock.js';
import { addEnglishMessages, Localizer, resolveDir, resolveLang } from '../../i18n/catalogue.js';
import { assignmentList as englishMessages } from '../../i18n/en/assignment-list.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { LanguageLoad } from '../base/language-load.js';
import { widgetStyles } from '../base/widget-styles.js';
import { configContext } from '../provider/config-context.js';
import { dateOnly } from '../review-panel/format.js';
import { MAX_REMINDER_DAYS } from '../../exercises/assignment-reminder-limits.js';
import { assignmentListStyles } from './assignment-list-styles.js';
import { HwAssignmentOpenEvent } from './assignment-open-event.js';
import { cacheName, readCache, writeCache } from './list-cache.js';
import { readMyAssignments, splitByState, type MyAssignment, type MyAssignments } from './my-assignments.js';

addEnglishMessages(englishMessages);

type Load =
  | { state: 'idle' | 'loading' | 'ready' }
  | { state: 'offline'; savedAt: number | null }
  | { state: 'error'; linkEnded: boolean };

/**
 * A client's own list of homework from their clinician: open assignments first (due dates,
 * the clinician's note, "2 of 3 done"), done ones under "Done". Opening one fires
 * `hw-assignment-open` for the host to show the exercise. "Add to my calendar" makes an .ics
 * reminder on the device (once, or daily for some days) whose summary is a neutral
 * "Reminder" the client may change. Offline, the list last loaded on this device shows.
 * It speaks the client's preferred language when the clinician set one (the list's own
 * `lang` attribute wins), otherwise the page's.
 *
 * @tagname hw-assignment-list
 * @summary Client: their homework, what is to do and what is done, with calendar reminders.
 *
 * @fires hw-assignment-open - The client opened an assignment: `event.assignment` ({ id, exercise, … }).
 * @fires hw-load-error - Its translation could not be loaded: it works on in English, says so, with "Try again".
 *
 * @csspart base - The list's frame.
 * @csspart item - One assignment.
 * @csspart open - An assignment's "Open" button.
 * @csspart calendar - The calendar reminder form.
 * @csspart error - Loading problems.
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-primary - Buttons, focus and accents.
 */
export class HwAssignmentList extends LitElement {
  static override styles = [tokens, widgetStyles, assignmentListStyles, visuallyHidden];

  /**
   * Where to GET the client's list (the reference server's `/api/my/assignments`). Only on
   * the page's own origin or one in `allowed-origins`; redirects are not followed.
   */
  @property() src?: string;

  /** Other origins `src` may be on, space-separated. */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /** The list itself (`{ assignments: [...] }`), instead of `src`. Property only. */
  @property({ attribute: false }) data?: unknown;

  /** Returns the client's auth headers (their link); called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /** `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  @property({ reflect: true }) theme?: 'light' | 'dark';
  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected inherited?: HomeworkConfig;

  @state() private load: Load = { state: 'idle' };
  @state() private list?: MyAssignments;
  /** The assignment whose calendar form is open. */
  @state() private reminderFor?: string;
  @state() private reminderProblem = false;
  @state() private announcement = '';
  private request?: AbortController;
  private language = new LanguageLoad(this);

  /** Fetch the list again. */
  reload(): Promise<void> {
    return this.fetchList();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('data') && this.data !== undefined) {
      this.list = readMyAssignments(this.data) ?? { assignments: [], language: null };
      this.load = { state: 'ready' };
    } else if (
      this.data === undefined &&
      ['src', 'allowedOrigins', 'getAuthHeaders', 'credentials', 'inherited'].some((k) => keys.has(k))
    ) {
      void this.fetchList();
    }
    this.language.load(this.localizer().locale);
  }

  private async fetchList(): Promise<void> {
    this.request?.abort();
    if (this.data !== undefined) return;
    const check = this.src ? checkEndpoint(this.src, document.baseURI) : null;
    const trusted = check?.ok ? originTrust(check.url, this.allowedOrigins, this.inherited?.allowedOrigins) : null;
    if (!check?.ok || trusted === null) {
      this.load = this.src ? { state: 'error', linkEnded: false } : { state: 'idle' };
      return;
    }
    const request = (this.request = new AbortController());
    this.load = { state: 'loading' };
    const settings = { ...requestFor(this, this.inherited, trusted), signal: request.signal };
    const getAuth = settings.getAuth;
    let name: string | null = null;
    try {
      const firstAuth = getAuth ? await getAuth({ refresh: false }) : {};
      // Named by the first credential, so offline it is found again under the same one.
      name = await cacheName(check.url, firstAuth);
      const response = await fetchWithAuth(check.url, {}, { ...settings, firstAuth });
      if (response.status === 401 || response.status === 403) {
        this.load = { state: 'error', linkEnded: true };
        return;
      }
      const list = response.ok ? readMyAssignments(await response.json()) : null;
      if (!list) {
        this.load = { state: 'error', linkEnded: false };
        return;
      }
      this.list = list;
      this.load = { state: 'ready' };
      this.announcement = this.localizer().t('al.updated');
      if (name) void writeCache(name, { savedAt: now(), data: list });
    } catch {
      if (request.signal.aborted) return;
      // Offline (or the server is down): what this device last loaded through this link.
      const saved = name ? await readCache(name) : null;
      const list = saved ? readMyAssignments(saved.data) : null;
      if (list) this.list = list;
      this.load = { state: 'offline', savedAt: saved && list ? saved.savedAt : null };
    }
  }

  /** The client's preferred language when their clinician set one, unless `lang` is set on the list itself. */
  private localizer(): Localizer {
    const preferred = !this.hasAttribute('lang') && this.list?.language;
    return preferred ? new Localizer(preferred) : new Localizer(resolveLang(this), {}, resolveDir(this));
  }

  private open(assignment: MyAssignment): void {
    this.dispatchEvent(new HwAssignmentOpenEvent(assignment));
  }

  private async toggleReminder(id: string): Promise<void> {
    this.reminderFor = this.reminderFor === id ? undefined : id;
    this.reminderProblem = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.reminderFor ? '#reminder-date' : `#calendar-${cssId(id)}`)?.focus();
  }

  private async downloadReminder(assignment: MyAssignment, form: HTMLFormElement): Promise<void> {
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const t = this.localizer();
    const [{ reminderFile }, { saveFile }] = await Promise.all([
      import('../../exercises/assignment-reminder.js'),
      import('../behavioural-experiment/save-file.js'),
    ]);
    const text = reminderFile(
      assignment.id,
      {
        date: value('date'),
        time: value('time'),
        days: Number(value('days')),
        summary: value('summary') || t.t('al.calendar.default'),
      },
      now(),
    );
    this.reminderProblem = text === null;
    if (text === null) return;
    saveFile(this.renderRoot, text, 'reminder.ics', 'text/calendar;charset=utf-8');
    this.announcement = t.t('al.calendar.saved');
  }

  protected override render() {
    const t = this.localizer();
    // Nothing in English while the client's language loads (it was asked for in willUpdate).
    if (!this.language.ready(t.locale))
      return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-busy="true"></section>`;
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title">${t.t('al.title')}</h2>
      ${this.language.render(t)} ${this.renderState(t)} ${this.list ? this.renderList(t, this.list) : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderState(t: Localizer) {
    const load = this.load;
    if (load.state === 'loading' && !this.list) return html`<p class="muted" aria-busy="true">${t.t('al.loading')}</p>`;
    if (load.state === 'offline') {
      return html`<p class="note" role="status">
        ${load.savedAt === null ? t.t('al.offlineNothing') : t.t('al.offline', { date: dayOf(t, load.savedAt) })}
      </p>`;
    }
    if (load.state === 'error') {
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t(load.linkEnded ? 'al.linkEnded' : 'al.error')}</p>
        ${load.linkEnded ? nothing : html`<button type="button" @click=${() => void this.fetchList()}>${t.t('al.retry')}</button>`}
      </div>`;
    }
    return nothing;
  }

  private renderList(t: Localizer, list: MyAssignments) {
    if (!list.assignments.length) return html`<p>${t.t('al.none')}</p>`;
    const { open, done } = splitByState(list.assignments);
    return html`<h3 id="todo">${t.t('al.todo')}</h3>
      ${
        open.length
          ? html`<ul class="assignments" aria-labelledby="todo">
              ${open.map((a) => this.renderItem(t, a))}
            </ul>`
          : html`<p>${t.t('al.noneToDo')}</p>`
      }
      ${
        done.length
          ? html`<h3 id="done">${t.t('al.done')}</h3>
              <ul class="assignments done" aria-labelledby="done">
                ${done.map((a) => this.renderItem(t, a))}
              </ul>`
          : nothing
      }`;
  }

  private renderItem(t: Localizer, a: MyAssignment) {
    const id = cssId(a.id);
    const title = a.title ?? t.t(`al.exercise.${a.exercise}`);
    const due = a.dueDate
      ? html`<p class=${a.state === 'overdue' ? 'due overdue' : 'due'}>
          ${t.t(a.state === 'overdue' ? 'al.wasDue' : 'al.due', { date: dateOnly(t, a.dueDate) })}
        </p>`
      : nothing;
    return html`<li class="item" part="item">
      <h4 id="item-${id}">${title}</h4>
      ${a.title ? html`<p class="muted">${t.t(`al.exercise.${a.exercise}`)}</p>` : nothing} ${due}
      ${a.times > 1 ? html`<p>${t.t('al.progress', { done: t.number(a.done), times: t.number(a.times) })}</p>` : nothing}
      ${
        a.note
          ? html`<div class="note">
              <p class="label">${t.t('al.note')}</p>
              <p class="text">${a.note}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        ${a.state === 'done' ? nothing : html`<button class="primary" part="open" type="button" aria-describedby="item-${id}" @click=${() => this.open(a)}>${t.t('al.open')}</button>`}
        <button
          type="button"
          id="calendar-${id}"
          aria-describedby="item-${id}"
          aria-expanded=${this.reminderFor === a.id ? 'true' : 'false'}
          @click=${() => void this.toggleReminder(a.id)}
        >
          ${t.t('al.calendar')}
        </button>
      </div>
      ${this.reminderFor === a.id ? this.renderReminder(t, a) : nothing}
    </li>`;
  }

  private renderReminder(t: Localizer, a: MyAssignment) {
    const today = localDate(now());
    const due = a.dueDate?.slice(0, 10);
    // Once on the due date; a repeating assignment daily from today, once for each time asked.
    const repeating = a.times > 1;
    const date = !repeating && due && due >= today ? due : today;
    const days = repeating ? Math.min(a.times, MAX_REMINDER_DAYS) : 1;
    const submit = (event: Event) => {
      event.preventDefault();
      void this.downloadReminder(a, event.target as HTMLFormElement);
    };
    return html`<form class="calendar" part="calendar" @submit=${submit}>
      <p class="muted">${t.t('al.calendar.about')}</p>
      <div class="field">
        <label for="reminder-date">${t.t('al.calendar.date')}</label>
        <input id="reminder-date" name="date" type="date" required .value=${date} />
      </div>
      <div class="field">
        <label for="reminder-time">${t.t('al.calendar.time')}</label>
        <input id="reminder-time" name="time" type="time" required value="20:00" />
      </div>
      <div class="field">
        <label for="reminder-days">${t.t('al.calendar.days')}</label>
        <input
          id="reminder-days"
          name="days"
          type="number"
          min="1"
          max=${MAX_REMINDER_DAYS}
          required
          .value=${String(days)}
        />
      </div>
      <div class="field">
        <label for="reminder-summary">${t.t('al.calendar.summary')}</label>
        <input id="reminder-summary" name="summary" type="text" maxlength="100" .value=${t.t('al.calendar.default')} />
      </div>
      ${this.reminderProblem ? html`<p class="alert" role="alert">${t.t('al.calendar.invalid')}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="submit">${t.t('al.calendar.download')}</button>
        <button type="button" @click=${() => void this.toggleReminder(a.id)}>${t.t('al.calendar.close')}</button>
      </div>
    </form>`;
  }
}

/** An id safe inside an element id and a selector. */
function cssId(id: string): string {
  return id.replace(/[^\w-]/g, '_');
}

/** YYYY-MM-DD on the device's calendar. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dayOf(t: Localizer, ms: number): string {
  return dateOnly(t, localDate(ms));
}
