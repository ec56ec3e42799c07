// The one HTTP helper every request of the library goes through: one refresh of the host's
// auth after a 401/403, no redirect followed unless asked, a timeout, the caller's abort, and
// the server's own message. Against the real reference endpoint and its fault switch.
import { expect } from '@open-wc/testing';
import { attempt, fetchWithAuth, serverMessage } from '../../src/core/authorized-fetch.js';
import { clearFaults, endpoint, queueFaults, requestLog, resetServer, serverUrl } from '../support/browser-fixtures.js';

const post = (key: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
  body: '{}',
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail');
}

describe('authorized fetch', () => {
  beforeEach(async () => {
    await resetServer();
    await clearFaults();
  });

  it('asks for fresh headers once after a 401 and sends them', async () => {
    await queueFaults({ status: 401 }, { status: 200, body: { ok: true } });
    const asked: boolean[] = [];
    const response = await fetchWithAuth(await endpoint(), post('refresh-1'), {
      getAuth: ({ refresh }) => {
        asked.push(refresh);
        return { Authorization: refresh ? 'Bearer fresh' : 'Bearer stale' };
      },
      credentials: 'omit',
      timeoutMs: 5000,
    });
    expect(response.status).to.equal(200);
    expect(asked).to.deep.equal([false, true]);
    expect((await requestLog()).map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('does not ask again without a way to refresh', async () => {
    await queueFaults({ status: 403 }, { status: 200 });
    const response = await fetchWithAuth(await endpoint(), post('refresh-2'), { credentials: 'omit', timeoutMs: 5000 });
    expect(response.status).to.equal(403);
    expect((await requestLog()).length).to.equal(1);
  });

  it('gives up after the timeout with a TimeoutError', async () => {
    await queueFaults({ hang: true });
    const error = await rejection(attempt(await endpoint(), post('hang-1'), { credentials: 'omit', timeoutMs: 300 }));
    expect(error.name).to.equal('TimeoutError');
  });

  it("stops on the caller's signal, and sends nothing when it was aborted already", async () => {
    const aborted = new AbortController();
    aborted.abort();
    const before = await rejection(
      attempt(await endpoint(), post('abort-1'), { credentials: 'omit', timeoutMs: 5000, signal: aborted.signal }),
    );
    expect(before.name).to.equal('AbortError');
    expect((await requestLog()).length).to.equal(0);

    await queueFaults({ hang: true });
    const during = new AbortController();
    const pending = attempt(await endpoint(), post('abort-2'), {
      credentials: 'omit',
      timeoutMs: 5000,
      signal: during.signal,
    });
    during.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  it('follows no redirect unless the caller says how', async () => {
    const target = `/__test/redirect?to=${encodeURIComponent(`${await serverUrl()}/api/homework`)}`;
    const options = { credentials: 'omit' as const, timeoutMs: 5000 };
    expect((await rejection(attempt(target, {}, options))).name).to.equal('TypeError');
    expect((await attempt(target, { redirect: 'manual' }, options)).type).to.equal('opaqueredirect');
  });

  it("reads the server's message, else a problem body's detail, else its title, cut to length", () => {
    expect(serverMessage({ message: 'Too long', detail: 'd', title: 't' }, 100)).to.equal('Too long');
    expect(serverMessage({ type: 'about:blank', title: 'Bad Request', detail: 'No id' }, 100)).to.equal('No id');
    expect(serverMessage({ title: 'Forbidden', detail: 42 }, 100)).to.equal('Forbidden');
    expect(serverMessage({ message: 'x'.repeat(50) }, 10)).to.equal('x'.repeat(10));
    expect(serverMessage({ error: 'not read' }, 100)).to.equal(undefined);
    expect(serverMessage(null, 100)).to.equal(undefined);
    expect(serverMessage('text', 100)).to.equal(undefined);
  });
});
