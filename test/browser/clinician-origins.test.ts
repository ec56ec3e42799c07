// Where the clinician's elements may send requests: <hw-review-panel src> and
// <hw-assignment-composer endpoint> only on the page's own origin or one the host allows,
// auth headers only where the host means them to go, no redirect followed; and a
// translation that cannot load is said, not hidden. The reference server runs on another
// origin than this page, as a host's API would.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HwAssignmentComposer, HwConfigErrorEvent, HwLoadErrorEvent, HwReviewPanel } from '../../src/index.js';
import type { Entry } from '../../src/core/entry.js';
import { assignmentUrl } from '../../src/core/assignment-url.js';
import { clinicianHeaders, endpoint, resetServer, serverUrl, waitFor } from '../support/browser-fixtures.js';
import { moodCheckIn } from '../support/review-entries.js';
import { alertText, shadow } from '../support/shadow.js';

interface Seen {
  url: string;
  auth: string | null;
  redirect?: RequestRedirect;
}

/** Every request the page makes while `run` runs, with its Authorization header. */
async function watchRequests(run: (seen: Seen[]) => Promise<void>) {
  const seen: Seen[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({ url, auth: new Headers(init?.headers).get('Authorization'), redirect: init?.redirect });
    return original(input, init);
  };
  try {
    await run(seen);
  } finally {
    window.fetch = original;
  }
}

/** The resources the browser fetched whose address contains `part` (what no fetch spy can miss). */
function resourcesNamed(part: string): () => string[] {
  const names: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name.includes(part)) names.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return () => {
    observer.disconnect();
    return names;
  };
}

async function post(entry: Entry) {
  const response = await fetch(await endpoint(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.id },
    body: JSON.stringify(entry),
  });
  expect(response.status).to.equal(201);
}

const rows = (el: HTMLElement) => shadow(el).querySelectorAll('[part~="row"]');
const loadError = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="load-error"]');

describe('clinician elements: a translation that cannot load', () => {
  // First in this file: the languages below have not been loaded on this page yet.
  afterEach(() => executeServerCommand('online'));

  it('the review panel says so, fires hw-load-error, works on in English, and "Try again" loads it', async () => {
    await executeServerCommand('offline', { path: 'i18n/es/clinician' });
    const events: HwLoadErrorEvent[] = [];
    const el = await fixture<HwReviewPanel>(
      html`<hw-review-panel
        lang="es"
        @hw-load-error=${(e: HwLoadErrorEvent) => events.push(e)}
        .entries=${[moodCheckIn('2026-11-21T08:00:00.000+01:00')]}
      ></hw-review-panel>`,
    );
    await waitFor(() => loadError(el), 'the notice');
    expect(loadError(el)!.getAttribute('role')).to.equal('alert');
    expect(loadError(el)!.textContent).to.contain('shown in English');
    expect(events.map((e) => [e.file, e.blocking])).to.deep.equal([['locale es', false]]);
    // Usable meanwhile: the entries show, in English.
    await waitFor(() => rows(el).length === 1, 'the entry');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Homework review');

    await executeServerCommand('online');
    loadError(el)!.querySelector('button')!.click();
    await waitFor(() => shadow(el).querySelector('h2')!.textContent === 'Revisión de tareas', 'Spanish');
    expect(loadError(el)).to.equal(null);
    expect(events.length).to.equal(1);
  });

  it('the composer says so, fires hw-load-error, and keeps its form', async () => {
    await executeServerCommand('offline', { path: 'i18n/hi/clinician' });
    const events: HwLoadErrorEvent[] = [];
    const el = await fixture<HwAssignmentComposer>(
      html`<hw-assignment-composer
        lang="hi"
        @hw-load-error=${(e: HwLoadErrorEvent) => events.push(e)}
      ></hw-assignment-composer>`,
    );
    await waitFor(() => loadError(el), 'the notice');
    expect(loadError(el)!.textContent).to.contain('shown in English');
    expect(events.map((e) => e.file)).to.deep.equal(['locale hi']);
    expect(shadow(el).querySelector('#instructions')).not.to.equal(null);

    await executeServerCommand('online');
    loadError(el)!.querySelector('button')!.click();
    await waitFor(() => shadow(el).querySelector('h2')!.textContent === 'नया असाइनमेंट', 'Hindi');
    expect(loadError(el)).to.equal(null);
  });
});

describe('<hw-review-panel src> origins', () => {
  beforeEach(resetServer);

  it('refuses a src on another origin than the page: a visible config error, and no request', async () => {
    const asked = resourcesNamed('/api/homework');
    let problems: string[] = [];
    let calls = 0;
    const el = await fixture<HwReviewPanel>(
      html`<hw-review-panel
        lang="en"
        @hw-config-error=${(e: HwConfigErrorEvent) => (problems = e.problems)}
        src=${await endpoint()}
        .getAuthHeaders=${() => {
          calls++;
          return { Authorization: 'Bearer secret' };
        }}
      ></hw-review-panel>`,
    );
    await waitFor(() => alertText(el).includes('not set up correctly'), 'the config error');
    expect(alertText(el)).to.contain(`${new URL(await serverUrl()).origin} is neither this page’s site`);
    expect(problems).to.deep.equal([`srcOrigin:${new URL(await serverUrl()).origin}`]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(asked()).to.deep.equal([]);
    expect(calls).to.equal(0);
  });

  it('reads from an origin listed on the panel, with its auth headers, and follows no redirect', async () => {
    await post(moodCheckIn('2026-11-21T08:00:00.000+01:00'));
    const clinician = await clinicianHeaders();
    await watchRequests(async (seen) => {
      const el = await fixture<HwReviewPanel>(
        html`<hw-review-panel
          src=${await endpoint()}
          allowed-origins="https://other.example ${await serverUrl()}"
          .getAuthHeaders=${() => clinician}
        ></hw-review-panel>`,
      );
      await waitFor(() => rows(el).length === 1, 'the entry');
      expect(seen).to.deep.equal([{ url: await endpoint(), auth: clinician.Authorization, redirect: 'manual' }]);
    });
  });

  it('asks an origin only in the provider’s site-wide list without the auth headers', async () => {
    let calls = 0;
    await watchRequests(async (seen) => {
      const provider = await fixture<HTMLElement>(
        html`<hw-provider allowed-origins=${await serverUrl()}>
          <hw-review-panel
            lang="en"
            src=${await endpoint()}
            .getAuthHeaders=${() => {
              calls++;
              return { Authorization: 'Bearer secret' };
            }}
          ></hw-review-panel>
        </hw-provider>`,
      );
      const el = provider.querySelector('hw-review-panel')!;
      // The server wants a clinician's credential, which it was not given: "sign in again".
      await waitFor(() => alertText(el).includes('please sign in again'), 'the refusal');
      expect(seen.map((request) => [request.url, request.auth])).to.deep.equal([[await endpoint(), null]]);
      expect(calls).to.equal(0);
    });
  });

  it('refuses a redirect, even from the page’s own origin, and says why', async () => {
    const asked = resourcesNamed('/api/homework');
    const src = new URL(`/__test/redirect?to=${encodeURIComponent(await endpoint())}`, location.href).href;
    const el = await fixture<HwReviewPanel>(
      html`<hw-review-panel lang="en" src=${src} .getAuthHeaders=${() => ({ Authorization: 'Bearer secret' })}>
      </hw-review-panel>`,
    );
    await waitFor(() => alertText(el).includes('redirect'), 'the redirect error');
    expect(alertText(el)).to.contain('the panel does not follow');
    expect(shadow(el).querySelector('[part="error"] button')).not.to.equal(null);
    expect(asked()).to.deep.equal([]);
  });
});

describe('<hw-assignment-composer endpoint> origins', () => {
  beforeEach(resetServer);

  const save = (el: HwAssignmentComposer) => shadow(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();

  it('refuses an endpoint on another origin than the page: says so and sends nothing', async () => {
    await watchRequests(async (seen) => {
      const el = await fixture<HwAssignmentComposer>(
        html`<hw-assignment-composer
          lang="en"
          endpoint=${`${await serverUrl()}/api/assignments`}
          .getAuthHeaders=${() => ({ Authorization: 'Bearer secret' })}
        ></hw-assignment-composer>`,
      );
      save(el);
      await waitFor(() => alertText(el).includes('allowed-origins'), 'the problem');
      expect(seen).to.deep.equal([]);
    });
    const stored = await fetch(`${await serverUrl()}/api/assignments`, { headers: await clinicianHeaders() });
    expect(await stored.json()).to.deep.equal([]);
  });

  it('posts to an origin listed on the composer with its auth headers, never following a redirect', async () => {
    const clinician = await clinicianHeaders();
    const assignments = `${await serverUrl()}/api/assignments`;
    await watchRequests(async (seen) => {
      const el = await fixture<HwAssignmentComposer>(
        html`<hw-assignment-composer
          lang="en"
          endpoint=${assignments}
          allowed-origins=${await serverUrl()}
          .getAuthHeaders=${() => clinician}
        ></hw-assignment-composer>`,
      );
      save(el);
      await waitFor(() => shadow(el).querySelector('#snippet'), 'the snippet');
      expect(seen).to.deep.equal([{ url: assignments, auth: clinician.Authorization, redirect: 'manual' }]);
    });
  });

  it('posts to an origin only in the provider’s list without the auth headers', async () => {
    let calls = 0;
    await watchRequests(async (seen) => {
      const provider = await fixture<HTMLElement>(
        html`<hw-provider allowed-origins=${await serverUrl()}>
          <hw-assignment-composer
            lang="en"
            endpoint=${`${await serverUrl()}/api/assignments`}
            .getAuthHeaders=${() => {
              calls++;
              return { Authorization: 'Bearer secret' };
            }}
          ></hw-assignment-composer>
        </hw-provider>`,
      );
      const el = provider.querySelector('hw-assignment-composer')!;
      save(el);
      await waitFor(() => alertText(el).includes('sign in again'), 'the refusal');
      // Asked once: without the host's headers there are no fresh ones to try again with.
      expect(seen.map((request) => request.auth)).to.deep.equal([null]);
      expect(calls).to.equal(0);
    });
  });

  it('refuses a redirect from the endpoint, so nothing goes on to another address', async () => {
    const asked = resourcesNamed('/api/assignments');
    const el = await fixture<HwAssignmentComposer>(
      html`<hw-assignment-composer
        lang="en"
        endpoint=${`/__test/redirect?to=${encodeURIComponent(`${await serverUrl()}/api/assignments`)}`}
        .getAuthHeaders=${() => ({ Authorization: 'Bearer secret' })}
      ></hw-assignment-composer>`,
    );
    save(el);
    await waitFor(() => alertText(el).includes('without a redirect'), 'the problem');
    expect(asked()).to.deep.equal([]);
  });

  it('keeps the link to a stored assignment on the endpoint’s origin, whatever the server names', () => {
    const endpoint = 'https://practice.example/api/assignments';
    expect(assignmentUrl(endpoint, 'a-1', '/api/assignments/a-1')).to.equal(`${endpoint}/a-1`);
    expect(assignmentUrl(endpoint, 'a-1', 'https://practice.example/files/a-1.json')).to.equal(
      'https://practice.example/files/a-1.json',
    );
    expect(assignmentUrl(endpoint, 'a-1', 'https://elsewhere.example/a-1')).to.equal(`${endpoint}/a-1`);
  });
});
