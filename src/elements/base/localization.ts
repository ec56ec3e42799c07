// A widget's language and direction: the assignment's language, else the nearest `lang`
// (the widget's own, an ancestor's, the page's), and the nearest `dir` (see resolveDir). Both
// are followed at run time: a page that switches `<html lang>` or a wrapper's `dir` after load
// re-renders every widget in the new language, whose catalogue loads on demand.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assignment } from '../../core/assignment.js';
import { loadSchemas } from '../../lazy/schemas.js';
import { LoadError } from '../../core/on-demand.js';
import {
  addEnglishMessages,
  isLocaleLoaded,
  loadLocale,
  Localizer,
  resolveDir,
  resolveLang,
} from '../../i18n/catalogue.js';
import { watchLanguage } from './language-watch.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  assignment?: Assignment;
}

export class WidgetLocalization implements ReactiveController {
  private cached?: { key: string; assignment?: Assignment; value: Localizer };

  constructor(
    private readonly host: LocalizedHost,
    private readonly onLoadFailure: (error: LoadError) => void,
  ) {
    host.addController(this);
    watchLanguage(host);
  }

  hostConnected(): void {
    // The schemas load beside the first render; their chunk brings the English a form shows
    // only once open (see core/schemas.ts). A failure there is reported by whoever waits on it.
    void loadSchemas().then(
      (schemas) => {
        addEnglishMessages({
          ...schemas.storageMessages,
          ...schemas.discardMessages,
          ...schemas.selfReviewMessages,
          ...schemas.flagMessages,
          ...schemas.formMessages,
          ...schemas.thinkingPatterns,
        });
        this.host.requestUpdate();
      },
      () => {},
    );
  }

  /** The words for now; the same object until the language, direction or assignment change. */
  get localizer(): Localizer {
    const { host } = this;
    const assignment = host.assignment;
    const lang = assignment?.locale || resolveLang(host);
    // The clinician chose the language: the page's direction is not its direction.
    const own = host.getAttribute('dir');
    const dir = assignment?.locale ? (own === 'rtl' || own === 'ltr' ? own : undefined) : resolveDir(host);
    const key = `${lang}|${dir}`;
    if (this.cached?.key !== key || this.cached.assignment !== assignment) {
      // An assignment may switch every hint off.
      const silenced = (messageKey: string) => assignment?.features?.hints === false && isHint(messageKey);
      this.cached = { key, assignment, value: new Localizer(lang, assignment?.overrides, dir, silenced) };
    }
    return this.cached.value;
  }

  /** The language's words are here (English always is). */
  get loaded(): boolean {
    return isLocaleLoaded(this.localizer.locale);
  }

  /** Load the client's language; if it cannot load, the form goes on in English and says so. */
  async load(): Promise<void> {
    const locale = this.localizer.locale;
    await loadLocale(locale);
    if (!isLocaleLoaded(locale)) this.onLoadFailure(new LoadError(`locale ${locale}`));
    this.host.requestUpdate();
  }
}

/** Hint keys (every `….hint` and its variants): silenced when an assignment switches hints off. */
const isHint = (key: string): boolean => /\.hint(\.|$)/.test(key) && key !== 'be.calendar.hint';
