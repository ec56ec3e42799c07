// The first screen: the fields at once (the saved draft is brought in when it arrives), the
// client's language from the first frame (no English shown first), and `lang`/`dir` followed
// on the widget's ancestors, <html> included, at run time.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { en } from '../../src/i18n/en/index.js';
import { localeLoaders } from '../../src/lazy/locales.js';
import { endpoint, freshDevice, readStore, resetServer, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, shadow, statusText, typeInto } from '../support/shadow.js';

const SITUATION = 'Situation: who, what, when, where?';
const EVIDENCE = 'Evidence that supports the hot thought';
const open = (el: Element) => shadow(el).querySelector('.fields[aria-busy="false"]');

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

function mount(tag: string, attributes: Record<string, string>, parent: Element = document.body): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

/**
 * A slow IndexedDB, for real: a read-write transaction on the drafts store kept busy (one
 * request after another) until released. The widget's read of its draft waits behind it.
 */
async function holdDrafts(): Promise<() => void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('homework-elements');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let held = true;
  const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
  const spin = () => {
    if (held) store.get('nothing').onsuccess = spin;
    else db.close();
  };
  spin();
  return () => (held = false);
}

describe('the first screen', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    for (const el of document.body.querySelectorAll('hw-thought-record, hw-mood-tracker, div')) el.remove();
  });

  it('shows the fields before the saved draft is read, and keeps what the client typed meanwhile', async () => {
    const url = await endpoint();
    const first = mount('hw-thought-record', { endpoint: url, 'draft-key': 'slow' });
    await waitFor(() => open(first), 'the first form');
    typeInto(byLabel(first, SITUATION), 'Saved words');
    typeInto(byLabel(first, EVIDENCE), 'Saved evidence');
    await waitFor(() => statusText(first).includes('Saved on this device'), 'the saved draft');
    first.remove();

    const release = await holdDrafts();
    const el = mount('hw-thought-record', { endpoint: url, 'draft-key': 'slow' });
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="true"] textarea'), 'the fields, draft not read');
    typeInto(byLabel(el, SITUATION), 'Typed at once');
    await el.updateComplete;
    expect(open(el), 'still reading the draft').to.equal(null);
    release();

    await waitFor(() => open(el), 'the draft brought in');
    expect(byLabel<HTMLTextAreaElement>(el, SITUATION).value, 'typed words kept').to.equal('Typed at once');
    expect(byLabel<HTMLTextAreaElement>(el, EVIDENCE).value, 'untouched field from the draft').to.equal(
      'Saved evidence',
    );
    button(el, 'Restore earlier text').click();
    await el.updateComplete;
    expect(byLabel<HTMLTextAreaElement>(el, SITUATION).value).to.equal('Saved words');
    expect(() => button(el, 'Restore earlier text'), 'offered once').to.throw();
    await waitFor(async () => {
      const drafts = (await readStore('drafts')) as Array<{ key: string; data?: { situation?: string } }>;
      return drafts.find((draft) => draft.key.endsWith(':slow'))?.data?.situation === 'Saved words';
    }, 'the restored words saved');
  });

  it('keeps a draft of what was typed before an empty store answered, and offers nothing back', async () => {
    const url = await endpoint();
    const warmUp = mount('hw-thought-record', { endpoint: url, 'draft-key': 'warm' });
    await waitFor(() => open(warmUp), 'the database created');
    warmUp.remove();
    const release = await holdDrafts();
    const el = mount('hw-thought-record', { endpoint: url, 'draft-key': 'new' });
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="true"] textarea'), 'the fields');
    typeInto(byLabel(el, SITUATION), 'First words');
    release();
    await waitFor(() => statusText(el).includes('Saved on this device'), 'saved');
    expect(byLabel<HTMLTextAreaElement>(el, SITUATION).value).to.equal('First words');
    expect(() => button(el, 'Restore earlier text')).to.throw();
  });

  const english = en as Record<string, string>;
  const tags = ['hw-thought-record', 'hw-mood-tracker', 'hw-behavioural-experiment'];
  for (const [index, lang] of ['es', 'fr', 'ar', 'hi', 'zh-Hans'].entries()) {
    // A catalogue loads once per page: each widget goes first (catalogue not loaded yet) in some language.
    for (const tag of [...tags.slice(index % 3), ...tags.slice(0, index % 3)]) {
      it(`${tag} in ${lang}: no English on screen before its own words`, async () => {
        const seen: string[] = [];
        const el = document.createElement(tag);
        el.setAttribute('lang', lang);
        el.setAttribute('endpoint', await endpoint());
        // Every text the shadow root shows, from its first render on (before any catalogue arrives).
        document.body.append(el);
        const record = () => seen.push(shadow(el).textContent ?? '');
        new MutationObserver(record).observe(shadow(el), { subtree: true, childList: true, characterData: true });
        await waitFor(() => open(el), 'the form');
        record();
        const translated = await localeLoaders[lang]();
        // English that this language says otherwise (long enough not to be a shared word or a number).
        const leaks = Object.entries(english)
          .filter(
            ([key, text]) => text.length >= 12 && !text.includes('{') && translated[key] && translated[key] !== text,
          )
          .map(([, text]) => text)
          .filter((text) => seen.some((screen) => screen.includes(text)));
        expect(leaks).to.deep.equal([]);
        expect(
          seen.some((screen) => screen.trim()),
          'something was shown',
        ).to.equal(true);
      });
    }
  }

  it('follows a change of <html lang> after load, and back', async () => {
    const el = mount('hw-thought-record', { endpoint: await endpoint() });
    await waitFor(() => open(el), 'the form');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Thought record');
    document.documentElement.lang = 'es';
    await waitFor(() => shadow(el).querySelector('h2')!.textContent === 'Registro de pensamientos', 'Spanish');
    expect(shadow(el).querySelector('section')!.getAttribute('lang')).to.equal('es');
    document.documentElement.lang = 'en';
    await waitFor(() => shadow(el).querySelector('h2')!.textContent === 'Thought record', 'English again');
  });

  it('follows a wrapper’s lang and dir changing, and honours an inherited dir', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const el = mount('hw-thought-record', { endpoint: await endpoint() }, wrapper);
    await waitFor(() => open(el), 'the form');
    const section = () => shadow(el).querySelector('section')!;
    expect(section().dir).to.equal('ltr');
    wrapper.dir = 'rtl';
    await waitFor(() => section().dir === 'rtl', 'the inherited dir');
    wrapper.removeAttribute('dir');
    wrapper.lang = 'ar';
    await waitFor(() => section().dir === 'rtl' && section().lang === 'ar', 'Arabic from the wrapper');
    // A nearer lang decides over a farther dir: Spanish in a right-to-left page reads left to right.
    document.documentElement.dir = 'rtl';
    wrapper.lang = 'es';
    await waitFor(() => section().lang === 'es', 'Spanish');
    expect(section().dir).to.equal('ltr');
  });

  it('follows lang and dir set inside the shadow root of an app’s own component that holds it', async () => {
    const appComponent = document.createElement('div');
    document.body.append(appComponent);
    const wrapper = document.createElement('section');
    appComponent.attachShadow({ mode: 'open' }).append(wrapper);
    const el = mount('hw-thought-record', { endpoint: await endpoint() }, wrapper);
    await waitFor(() => open(el), 'the form');
    const section = () => shadow(el).querySelector('section')!;
    wrapper.lang = 'es';
    await waitFor(() => shadow(el).querySelector('h2')!.textContent === 'Registro de pensamientos', 'Spanish');
    wrapper.removeAttribute('lang');
    wrapper.dir = 'rtl';
    await waitFor(() => section().dir === 'rtl' && section().lang === 'en', 'English, right to left');
  });
});
