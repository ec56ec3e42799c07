// Client widgets and what the composer adds to them: `assignment-src` against the real
// reference server, the framing intro, the research switches (hints, reminders, variant)
// and the `preview` mode that keeps nothing and sends nothing.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { en } from '../../src/i18n/en/index.js';
import type { HwBehaviouralExperiment, HwThoughtRecord } from '../../src/index.js';
import {
  clinicianHeaders,
  endpoint,
  freshDevice,
  readStore,
  resetServer,
  serverUrl,
  storeAssignment,
  storedEntries,
  waitFor,
} from '../support/browser-fixtures.js';
import { alertText, button, byLabel, shadow, typeInto } from '../support/shadow.js';

const formShown = (el: HTMLElement) =>
  waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"]'), 'the form');

describe('assignment-src', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('fetches the assignment from the server and shows it: language, wording, framing, note', async () => {
    const src = await storeAssignment({
      id: 'src-1',
      exercise: 'thought-record',
      title: 'Después de la discusión',
      note: 'Lo hiciste muy bien la semana pasada.',
      columns: 3,
      locale: 'es',
      framing: 'family',
      overrides: { 'tr.situation.label': '¿Qué pasó en casa?' },
    });
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record endpoint=${await endpoint()} assignment-src=${src}></hw-thought-record>`,
    );
    await formShown(el);
    const text = shadow(el).textContent!;
    expect(text).to.contain('Después de la discusión');
    expect(text).to.contain('Lo hiciste muy bien la semana pasada.');
    expect(text).to.contain('Este ejercicio puede ayudarte a ti y a las personas cercanas');
    expect(text).to.contain('Paso 3 de 3');
    expect(byLabel(el, '¿Qué pasó en casa?')).to.exist;
    expect(el.assignment?.id).to.equal('src-1');
  });

  it('records the variant in the delivered entry and keys the draft by the fetched assignment', async () => {
    const src = await storeAssignment({ id: 'src-variant', exercise: 'thought-record', variant: 'hints-off' });
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record endpoint=${await endpoint()} assignment-src=${src}></hw-thought-record>`,
    );
    await formShown(el);
    typeInto(byLabel(el, 'Situation'), 'Missed the bus');
    await waitFor(async () => (await readStore('drafts')).length === 1, 'the draft');
    expect(((await readStore('drafts')) as Array<{ key: string }>)[0].key).to.equal('thought-record:src-variant');
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered entry');
    expect(entry.assignmentId).to.equal('src-variant');
    expect(entry.variant).to.equal('hints-off');
    expect(entry.schema).to.equal('thought-record/2');
    expect((entry.engagement as { variant?: string }).variant).to.equal('hints-off');
  });

  it('lets the assignment property win over assignment-src', async () => {
    const src = await storeAssignment({ id: 'from-server', exercise: 'thought-record', title: 'From the server' });
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        .assignment=${{ id: 'from-host', exercise: 'thought-record', title: 'From the host' }}
        assignment-src=${src}
      ></hw-thought-record>`,
    );
    await formShown(el);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('From the host');
    expect(el.assignment?.id).to.equal('from-host');
  });

  it('shows a visible error for an unknown assignment (404) and sends nothing', async () => {
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        endpoint=${await endpoint()}
        assignment-src=${`${await serverUrl()}/api/assignments/missing`}
      ></hw-thought-record>`,
    );
    await waitFor(() => alertText(el).includes('the server answered 404'), 'the error');
    expect(shadow(el).querySelector('#situation')).to.equal(null);
  });

  it('shows a visible error when the fetched JSON is not a valid assignment', async () => {
    // The test lab's entry count is JSON, but not an assignment.
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        endpoint=${await endpoint()}
        assignment-src=${`${await serverUrl()}/__test/count`}
      ></hw-thought-record>`,
    );
    await waitFor(() => alertText(el).includes('The assignment is not valid'), 'the error');
  });

  it('refuses a plain-http address on another host without fetching it', async () => {
    const errors: string[][] = [];
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        assignment-src="http://practice.example/a/1"
        @hw-config-error=${(e: Event & { problems: string[] }) => errors.push(e.problems)}
      ></hw-thought-record>`,
    );
    await waitFor(() => alertText(el).includes('must be an https address'), 'the error');
    expect(errors.flat().some((p) => p.startsWith('assignmentSrcInvalid'))).to.equal(true);
  });

  it('says so when the server cannot be reached', async () => {
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        endpoint="http://127.0.0.1:9/api/homework"
        assignment-src="http://127.0.0.1:9/a/1"
      ></hw-thought-record>`,
    );
    await waitFor(() => alertText(el).includes('could not be reached'), 'the error');
  });

  it('sends the auth headers and asks for fresh ones once after a 401', async () => {
    const src = await storeAssignment({ id: 'src-auth', exercise: 'thought-record', title: 'With auth' });
    const asked: boolean[] = [];
    const seen: (string | null)[] = [];
    const el = document.createElement('hw-thought-record');
    const fresh = (await clinicianHeaders()).Authorization;
    el.getAuthHeaders = ({ refresh }) => {
      asked.push(refresh);
      return { Authorization: refresh ? fresh : 'Bearer stale' };
    };
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const auth = new Headers(init?.headers).get('Authorization');
      seen.push(auth);
      // An expired credential is simulated by answering 401 once; the fresh one is the clinician's.
      if (auth === 'Bearer stale') return new Response('{"message":"expired"}', { status: 401 });
      return original(input, init);
    };
    try {
      el.setAttribute('endpoint', await endpoint());
      el.setAttribute('assignment-src', src);
      document.body.append(el);
      await formShown(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('With auth');
      expect(asked).to.deep.equal([false, true]);
      expect(seen).to.deep.equal(['Bearer stale', fresh]);
    } finally {
      window.fetch = original;
      el.remove();
    }
  });
});

describe('research switches and framing', () => {
  beforeEach(async () => {
    await freshDevice();
  });

  it('hides every hint and example when features.hints is false', async () => {
    const el = await fixture<HwThoughtRecord>(html`<hw-thought-record></hw-thought-record>`);
    await formShown(el);
    expect(shadow(el).textContent).to.contain('as a camera would have seen it');
    expect(shadow(el).querySelectorAll('.hint').length).to.be.above(3);
    el.assignment = { id: 'h', exercise: 'thought-record', features: { hints: false } };
    await el.updateComplete;
    expect(shadow(el).textContent).not.to.contain('as a camera would have seen it');
    // No hint's words anywhere (a `.hint` paragraph may hold other words: the flag's note, an empty step's).
    const hints = Object.entries(en as Record<string, string>)
      .filter(([key, text]) => /\.hint(\.|$)/.test(key) && key !== 'be.calendar.hint' && !text.includes('{'))
      .map(([, text]) => text);
    expect(hints.filter((hint) => shadow(el).textContent!.includes(hint))).to.deep.equal([]);
    // No field still points at a hint that is gone.
    for (const field of shadow(el).querySelectorAll('[aria-describedby]')) {
      for (const id of field.getAttribute('aria-describedby')!.split(' ')) {
        expect(shadow(el).getElementById(id), id).to.exist;
      }
    }
  });

  it('hides the calendar reminder when features.reminders is false', async () => {
    const el = await fixture<HwBehaviouralExperiment>(html`<hw-behavioural-experiment></hw-behavioural-experiment>`);
    await formShown(el);
    typeInto(byLabel(el, 'Experiment: when?'), '2030-05-01T10:00');
    await el.updateComplete;
    expect(button(el, 'Add a reminder')).to.exist;
    el.assignment = { id: 'r', exercise: 'behavioural-experiment', features: { reminders: false } };
    await el.updateComplete;
    expect(() => button(el, 'Add a reminder')).to.throw();
  });

  it('shows the framing intro, and an override of it', async () => {
    const el = await fixture<HwThoughtRecord>(
      html`<hw-thought-record
        .assignment=${{ id: 'f', exercise: 'thought-record', framing: 'community' }}
      ></hw-thought-record>`,
    );
    await formShown(el);
    expect(shadow(el).querySelector('.framing')!.textContent).to.contain('your community');
    el.assignment = {
      id: 'f',
      exercise: 'thought-record',
      framing: 'community',
      overrides: { 'framing.community': 'For our congregation' },
    };
    await el.updateComplete;
    expect(shadow(el).querySelector('.framing')!.textContent).to.equal('For our congregation');
  });
});

describe('preview', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('keeps no draft and offers no submit, while a real widget beside it keeps its draft', async () => {
    const host = await fixture<HTMLElement>(
      html`<div>
        <hw-thought-record preview endpoint=${await endpoint()} assignment-id="p"></hw-thought-record>
        <hw-thought-record endpoint=${await endpoint()} assignment-id="real"></hw-thought-record>
      </div>`,
    );
    const [preview, real] = [...host.querySelectorAll('hw-thought-record')];
    await formShown(preview);
    await formShown(real);
    expect(shadow(preview).textContent).to.contain('Nothing is saved or sent from here');
    expect(shadow(preview).querySelector('[part="submit"]')).to.equal(null);

    typeInto(byLabel(preview, 'Situation'), 'typed in the preview');
    typeInto(byLabel(real, 'Situation'), 'typed in the real one');
    await new Promise((resolve) => real.addEventListener('hw-draft-saved', resolve, { once: true }));
    await (preview as unknown as { submit(): Promise<void> }).submit();
    const drafts = (await readStore('drafts')) as Array<{ key: string }>;
    expect(drafts.map((d) => d.key)).to.deep.equal(['thought-record:real']);
    expect(await readStore('outbox')).to.deep.equal([]);
    expect(await storedEntries()).to.deep.equal([]);
  });
});
