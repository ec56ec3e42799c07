import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { clearLocalData, type HwThoughtRecord } from '../../src/index.js';
import { endpoint, freshDevice, readStore, waitFor } from '../support/browser-fixtures.js';
import { byLabel, shadow, statusText, typeInto } from '../support/shadow.js';

async function record(encrypt: boolean) {
  const el = await fixture<HwThoughtRecord>(
    html`<hw-thought-record
      endpoint=${await endpoint()}
      draft-key="sealed"
      ?encrypt-drafts=${encrypt}
    ></hw-thought-record>`,
  );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #situation'), 'the form');
  return el;
}

async function typeAndSave(el: HwThoughtRecord, text: string) {
  typeInto(byLabel(el, 'Situation'), text);
  await waitFor(() => statusText(el).includes('Saved on this device'), 'saved');
  await waitFor(async () => (await readStore('drafts')).length === 1, 'the stored draft');
}

describe('draft encryption at rest (encrypt-drafts)', () => {
  beforeEach(freshDevice);

  it('stores no readable text, and restores it in a new widget', async () => {
    const secret = 'I told nobody about the panic attack';
    const el = await record(true);
    await typeAndSave(el, secret);
    const [stored] = (await readStore('drafts')) as Array<Record<string, unknown>>;
    expect(stored.sealed).to.exist;
    expect(stored.data).to.equal(undefined);
    const bytes = new Uint8Array((stored.sealed as { ciphertext: ArrayBuffer }).ciphertext);
    expect(new TextDecoder().decode(bytes)).not.to.contain('panic');
    el.remove();
    const again = await record(true);
    expect(byLabel<HTMLTextAreaElement>(again, 'Situation').value).to.equal(secret);
  });

  it('uses a non-extractable AES-GCM key and a fresh IV for every write', async () => {
    const el = await record(true);
    await typeAndSave(el, 'first');
    const [first] = (await readStore('drafts')) as Array<{ sealed: { iv: Uint8Array } }>;
    typeInto(byLabel(el, 'Situation'), 'second');
    await waitFor(async () => {
      const [latest] = (await readStore('drafts')) as Array<{ sealed: { iv: Uint8Array } }>;
      return latest.sealed.iv.join() !== first.sealed.iv.join();
    }, 'a new IV');
    const [key] = (await readStore('keys')) as CryptoKey[];
    expect(key.extractable).to.equal(false);
    expect(key.algorithm.name).to.equal('AES-GCM');
    await expectAsync(() => crypto.subtle.exportKey('raw', key)).to.reject;
  });

  it('keeps drafts readable when encryption is off, and sign-out wipes the key', async () => {
    const plain = await record(false);
    await typeAndSave(plain, 'plain text');
    const [stored] = (await readStore('drafts')) as Array<{ data: { situation: string } }>;
    expect(stored.data.situation).to.equal('plain text');
    plain.remove();
    const sealed = await record(true);
    expect(byLabel<HTMLTextAreaElement>(sealed, 'Situation').value).to.equal('plain text');
    typeInto(byLabel(sealed, 'Situation'), 'sealed now');
    await waitFor(
      async () => ((await readStore('drafts')) as Array<{ sealed?: unknown }>)[0].sealed,
      'the sealed draft',
    );
    expect(await readStore('keys')).to.have.length(1);
    expect(await clearLocalData()).to.deep.equal({ cleared: true, undelivered: 0 });
    expect(await readStore('keys')).to.have.length(0);
    expect(await readStore('drafts')).to.have.length(0);
  });
});

/** Chai has no async throw assertion; this one fails unless the promise rejects. */
function expectAsync(run: () => Promise<unknown>) {
  return {
    to: {
      get reject() {
        return run().then(
          () => expect.fail('expected a rejection'),
          () => undefined,
        );
      },
    },
  };
}
