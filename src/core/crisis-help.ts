// Which crisis help a client sees: the practice's text for their language when the host
// set one, otherwise the catalogue's default. Pure, so the rules are tested without a page.
// Nothing can hide the help: a blank text falls back to the default (the catalogue does
// the same for its words), and only tel:, sms: and https: links survive.
export interface CrisisLink {
  /** What the client reads, e.g. "Call the practice's out-of-hours line" (else the address). */
  label?: string;
  /** `tel:`, `sms:` or `https:`; anything else is dropped. */
  href: string;
}

/** The practice's crisis text in one language. */
export interface CrisisHelp {
  text: string;
  links?: CrisisLink[];
}

/** The practice's crisis text by BCP 47 language tag, e.g. `{ en: {...}, es: {...} }`. */
export type CrisisHelpByLanguage = Record<string, CrisisHelp>;

/** The catalogue's wording, in the language the widget speaks. */
export interface CrisisWording {
  /** The always-visible summary. */
  title: string;
  /** Where to turn now; a practice's own text replaces it. */
  text: string;
  /** That nobody reads entries as they arrive; shown whatever the practice's text. */
  notice: string;
}

export interface ResolvedCrisisHelp extends CrisisWording {
  /** The language of `text` and the links: the practice's tag, or the widget's. */
  textLang: string;
  links: CrisisLink[];
}

/** A scheme test, not URL parsing: what is not plainly one of these is never a link. */
export const isSafeCrisisLink = (link: unknown): link is CrisisLink =>
  typeof (link as CrisisLink | null)?.href === 'string' && /^(tel|sms|https):/i.test((link as CrisisLink).href);

/**
 * `chain` is the client's language, most specific first, English last (fallbackChain);
 * `served` is the language the widget speaks. The practice's text for the most specific
 * tag up to `served`, else the catalogue's, so a Spanish-speaking client of a practice
 * that wrote only English reads the Spanish default. A blank text counts as none.
 */
export function resolveCrisisHelp(
  chain: readonly string[],
  served: string,
  wording: CrisisWording,
  host: CrisisHelpByLanguage | undefined,
): ResolvedCrisisHelp {
  for (const tag of chain) {
    const own = host && Object.hasOwn(host, tag) ? host[tag] : undefined;
    if (typeof own?.text === 'string' && own.text.trim()) {
      const links = Array.isArray(own.links) ? own.links.filter(isSafeCrisisLink) : [];
      return { ...wording, text: own.text, textLang: tag, links };
    }
    if (tag === served) break;
  }
  return { ...wording, textLang: served, links: [] };
}
