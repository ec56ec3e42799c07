import { expect } from '@open-wc/testing';
import { classifyStatus, MAX_BACKOFF_MS, parseRetryAfter, retryDelay } from '../../src/sync/retry-policy.js';

describe('retry policy', () => {
  it('follows the delivery protocol table for every status', () => {
    expect(classifyStatus(201).kind).to.equal('delivered');
    expect(classifyStatus(204).kind).to.equal('delivered');
    for (const status of [408, 409, 429, 500, 502, 503, 504])
      expect(classifyStatus(status).kind, String(status)).to.equal('retry');
    expect(classifyStatus(null).kind).to.equal('retry');
    expect(classifyStatus(401).kind).to.equal('auth');
    expect(classifyStatus(403).kind).to.equal('auth');
    for (const status of [400, 404, 413, 415, 422])
      expect(classifyStatus(status).kind, String(status)).to.equal('rejected');
  });

  it('spreads delays with full jitter and never exceeds the cap', () => {
    expect(retryDelay(1, null, () => 1)).to.equal(2000);
    expect(retryDelay(3, null, () => 1)).to.equal(8000);
    expect(retryDelay(40, null, () => 1)).to.equal(MAX_BACKOFF_MS);
    expect(retryDelay(40, null, () => 0.5)).to.equal(MAX_BACKOFF_MS / 2);
    // Full jitter can draw zero; a floor keeps a failing server from being hammered.
    expect(retryDelay(5, null, () => 0)).to.equal(500);
  });

  it('never retries sooner than Retry-After asks', () => {
    expect(retryDelay(1, 120_000, () => 0)).to.equal(120_000);
    expect(retryDelay(1, 120_000, () => 1)).to.equal(120_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:01:00 GMT', now)).to.equal(60_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(null);
    expect(parseRetryAfter(null, now)).to.equal(null);
  });
});
