// Where a client widget's requests may go: `assignment-src` only on the endpoint's origin
// (or one the host allows, then without auth headers or cookies), and no endpoint with a
// user name or password in it. Against the real reference server on 127.0.0.1.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { HwConfigErrorEvent, HwThoughtRecord } from '../../src/index.js';
import {
  endpoint,
  freshDevice,
  resetServer,
  serverUrl,
  storeAssignment,
  waitFor,
} from '../support/browser-fixtures.js';
import { alertText, shadow } from '../support/shadow.js';

/** Every request the page makes while `run` runs, with its Authorization header. */
async function watchRequests(run: (seen: Array<{ url: string; auth: string | null }>) => Promise<void>) {
  const seen: Array<{ url: string; auth: string | null }> = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({ url, auth: new Headers(init?.headers).get('Authorization') });
    return original(input, init);
  };
  try {
    await run(seen);
  } finally {
    window.fetch = original;
  }
}

const problemsOf = (el: HTMLElement) => {
  const problems: string[] = [];
  el.addEventListener('hw-config-error', (e: HwConfigErrorEvent) => problems.push(...e.problems));
  return problems;
};

describe('request origins', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('refuses assignment-src on another origin than the endpoint, asking it nothing', async () => {
    await watchRequests(async (seen) => {
      const el = document.createElement('hw-thought-record') as HwThoughtRecord;
      const problems = problemsOf(el);
      el.getAuthHeaders = () => ({ Authorization: 'Bearer secret' });
      el.setAttribute('endpoint', 'https://practice.example/api/homework');
      el.setAttribute('assignment-src', `${await serverUrl()}/api/assignments/a-1`);
      document.body.append(el);
      try {
        await waitFor(() => alertText(el).includes('must be on the endpoint’s site'), 'the origin error');
        expect(problems.some((p) => p.startsWith('assignmentSrcOrigin:'))).to.equal(true);
        expect(seen).to.deep.equal([]);
        expect(shadow(el).querySelector('#situation')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  });

  it('fetches from an allowed origin without the auth headers, which stay with the endpoint', async () => {
    const src = await storeAssignment({ id: 'allowed-1', exercise: 'thought-record', title: 'From a CDN' });
    await watchRequests(async (seen) => {
      // The list is a site-wide policy: it is set on the provider.
      const provider = document.createElement('hw-provider');
      provider.setAttribute('allowed-origins', `https://other.example ${new URL(src).origin}`);
      const el = document.createElement('hw-thought-record') as HwThoughtRecord;
      el.getAuthHeaders = () => ({ Authorization: 'Bearer secret' });
      el.setAttribute('endpoint', 'https://practice.example/api/homework');
      el.setAttribute('assignment-src', src);
      provider.append(el);
      document.body.append(provider);
      try {
        await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
        expect(shadow(el).querySelector('h2')!.textContent).to.equal('From a CDN');
        expect(seen).to.deep.equal([{ url: src, auth: null }]);
      } finally {
        provider.remove();
      }
    });
  });

  it('sends the auth headers to assignment-src on the endpoint origin', async () => {
    const src = await storeAssignment({ id: 'same-1', exercise: 'thought-record', title: 'Same origin' });
    await watchRequests(async (seen) => {
      const el = document.createElement('hw-thought-record') as HwThoughtRecord;
      el.getAuthHeaders = () => ({ Authorization: 'Bearer secret' });
      el.setAttribute('endpoint', await endpoint());
      el.setAttribute('assignment-src', src);
      document.body.append(el);
      try {
        await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
        expect(seen.filter((request) => request.url === src)).to.deep.equal([{ url: src, auth: 'Bearer secret' }]);
      } finally {
        el.remove();
      }
    });
  });

  it('treats a user name or password in the endpoint as a configuration error and sends nothing', async () => {
    const url = new URL(await endpoint());
    url.username = 'clinic';
    url.password = 'hunter2';
    await watchRequests(async (seen) => {
      const el = document.createElement('hw-thought-record') as HwThoughtRecord;
      const problems = problemsOf(el);
      el.setAttribute('endpoint', url.href);
      document.body.append(el);
      try {
        await waitFor(() => alertText(el).includes('must not contain a user name or password'), 'the error');
        expect(problems).to.deep.equal(['endpointCredentials']);
        expect(seen).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  });
});
