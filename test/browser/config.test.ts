import { expect } from '@open-wc/testing';
import { checkEndpoint, resolveConfig } from '../../src/core/config.js';

const base = 'https://practice.example/homework/';

describe('configuration', () => {
  it('accepts https endpoints and http only on this computer', () => {
    expect(checkEndpoint('https://api.example/homework', base)).to.deep.equal({
      ok: true,
      url: 'https://api.example/homework',
    });
    expect(checkEndpoint('/api/homework', base)).to.deep.equal({
      ok: true,
      url: 'https://practice.example/api/homework',
    });
    expect(checkEndpoint('http://127.0.0.1:8080/api', base).ok).to.equal(true);
    expect(checkEndpoint('http://localhost/api', base).ok).to.equal(true);
  });

  it('refuses script, data and remote plain-http endpoints', () => {
    expect(checkEndpoint('javascript:alert(1)', base)).to.deep.equal({ ok: false, problem: 'endpointScheme' });
    expect(checkEndpoint('JaVaScRiPt:alert(1)', base)).to.deep.equal({ ok: false, problem: 'endpointScheme' });
    expect(checkEndpoint('data:text/html,hi', base)).to.deep.equal({ ok: false, problem: 'endpointScheme' });
    expect(checkEndpoint('http://practice.example/api', base)).to.deep.equal({
      ok: false,
      problem: 'endpointInsecure',
    });
    expect(checkEndpoint('https://', base)).to.deep.equal({ ok: false, problem: 'endpointInvalid' });
  });

  it('refuses an endpoint with a user name or password in it', () => {
    for (const address of ['https://user:pw@api.example/e', 'https://user@api.example/e', 'https://:pw@api.example/e'])
      expect(checkEndpoint(address, base), address).to.deep.equal({ ok: false, problem: 'endpointCredentials' });
  });

  it('lets element settings win over the provider, and defaults the rest', () => {
    const result = resolveConfig(
      { endpoint: 'https://own.example/e', subject: undefined },
      { endpoint: 'https://provider.example/e', subject: 'client-7', timeout: 5000 },
      base,
    );
    expect(result).to.deep.include({ ok: true });
    if (!result.ok) return;
    expect(result.config.endpoint).to.equal('https://own.example/e');
    expect(result.config.subject).to.equal('client-7');
    expect(result.config.timeout).to.equal(5000);
    expect(result.config.credentials).to.equal('omit');
  });

  it('reports every problem at once instead of throwing', () => {
    const result = resolveConfig(
      { endpoint: 'data:,x', timeout: 5, credentials: 'always' as RequestCredentials },
      undefined,
      base,
    );
    expect(result).to.deep.equal({ ok: false, problems: ['endpointScheme', 'credentialsInvalid', 'timeoutInvalid'] });
  });
});
