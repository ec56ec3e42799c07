import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define/define-element.js';
import { VERSION } from '../../src/version.js';

describe('registering the tags', () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('skips a second copy of the same version silently', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('hw-test-same', First);
    (Second as unknown as Record<symbol, string>)[Symbol.for('homework-elements.version')] = VERSION;
    expect(() => defineElement('hw-test-same', Second)).not.to.throw();
    expect(customElements.get('hw-test-same')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns, without throwing, when another version already defined the tag', () => {
    class Older extends HTMLElement {}
    (Older as unknown as Record<symbol, string>)[Symbol.for('homework-elements.version')] = '0.0.1';
    customElements.define('hw-test-other', Older);
    expect(() => defineElement('hw-test-other', class extends HTMLElement {})).not.to.throw();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain('version 0.0.1');
  });

  it('keeps the version constant equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
