// The composer's "For which client", in real Chromium against the real reference server:
// saving for a client the clinician added gives that client's private link and a message in
// the client's language, and that link reads the assignment in the client's own list.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HwAssignmentComposer } from '../../src/index.js';
import { clinicianHeaders, resetServer, serverUrl, waitFor } from '../support/browser-fixtures.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { shadow, typeInto } from '../support/shadow.js';

async function addClient(label: string, language: string) {
  const made = await fetch(`${await serverUrl()}/api/clients`, {
    method: 'POST',
    headers: { ...(await clinicianHeaders()), 'Content-Type': 'application/json' },
    body: JSON.stringify({ label, language }),
  });
  return made.json();
}

async function composerFor(clients: unknown[]) {
  const server = await serverUrl();
  const headers = await clinicianHeaders();
  const el = await fixture<HwAssignmentComposer>(
    html`<hw-assignment-composer
      endpoint=${`${server}/api/assignments`}
      links-endpoint=${`${server}/api/links`}
      allowed-origins=${server}
      client-space="my-homework.html"
      .clients=${clients}
    ></hw-assignment-composer>`,
  );
  el.getAuthHeaders = async () => headers;
  return el;
}

describe('<hw-assignment-composer> for a client', () => {
  beforeEach(() => resetServer());
  afterEach(() => executeServerCommand('online'));

  it('gives the chosen client’s private link and a message in their language', async () => {
    const server = await serverUrl();
    const client = await addClient('A. (Tuesdays)', 'es');
    const el = await composerFor([client, { id: 'other', label: 'B.' }]);
    const select = (await waitFor(() => shadow(el).querySelector<HTMLSelectElement>('#client'), 'the client choice'))!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'No client: save the assignment only',
      'A. (Tuesdays)',
      'B.',
    ]);
    select.value = client.id;
    select.dispatchEvent(new Event('change'));
    typeInto(shadow(el).querySelector<HTMLInputElement>('#assignment-title')!, 'Después de la discusión');
    typeInto(shadow(el).querySelector<HTMLInputElement>('#times')!, '3');
    await el.updateComplete;
    await el.save();

    const link = (await waitFor(() => shadow(el).querySelector<HTMLInputElement>('#client-link')?.value, 'the link'))!;
    expect(link).to.match(/\/my-homework\.html#link=hwl_/);
    const message = await waitFor(
      () =>
        shadow(el).querySelector<HTMLTextAreaElement>('#client-message')?.value.startsWith('Aquí') &&
        shadow(el).querySelector<HTMLTextAreaElement>('#client-message')!.value,
      'the message in Spanish',
    );
    expect(message).to.include(link);
    await expect(el).to.be.accessible();

    const secret = decodeURIComponent(new URL(link).hash.slice('#link='.length));
    const mine = await (
      await fetch(`${server}/api/my/assignments`, { headers: { Authorization: `Bearer ${secret}` } })
    ).json();
    expect(mine.assignments.map((a: { title: string; times: number }) => [a.title, a.times])).to.deep.equal([
      ['Después de la discusión', 3],
    ]);
    expect(JSON.stringify(mine)).not.to.include('Tuesdays');
  });

  it('shows the link alone while the client’s language loads, never a message in English to copy', async () => {
    await executeServerCommand('hold', { path: '/i18n/hi/' });
    const client = await addClient('C.', 'hi');
    const el = await composerFor([client]);
    const select = (await waitFor(() => shadow(el).querySelector<HTMLSelectElement>('#client'), 'the client choice'))!;
    select.value = client.id;
    select.dispatchEvent(new Event('change'));
    typeInto(shadow(el).querySelector<HTMLInputElement>('#assignment-title')!, 'घर का काम');
    await el.updateComplete;
    await el.save();

    const link = (await waitFor(() => shadow(el).querySelector<HTMLInputElement>('#client-link')?.value, 'the link'))!;
    const early = shadow(el).querySelector<HTMLTextAreaElement>('#client-message')?.value;
    expect(early, 'no message before its language').to.equal(undefined);
    expect(shadow(el).textContent).not.to.include('Here is your homework');

    await executeServerCommand('online');
    const message = await waitFor(
      () => shadow(el).querySelector<HTMLTextAreaElement>('#client-message')?.value,
      'the message, once Hindi is here',
    );
    expect(message).to.match(/[\u0900-\u097f]/);
    expect(message).to.include(link);
  });
});
