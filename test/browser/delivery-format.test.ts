import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import type { Entry } from '../../src/core/entry.js';
import { fhirBody } from '../../src/sync/delivery-body.js';
import { sendEntry } from '../../src/sync/send-entry.js';
import type { OutboxEntry } from '../../src/storage/records.js';
import { CODES } from '../../src/fhir/exercise-fields.js';
import { PROBLEM_CODE_SYSTEM } from '../../src/fhir/urls.js';
import { OBSTACLES } from '../../src/core/engagement-schema.js';
import { EXPERIMENT_PHASES, EXPERIMENT_TYPES } from '../../src/exercises/behavioural-experiment.js';
import { DEFAULT_EMOTIONS, MOOD_SCALES } from '../../src/exercises/mood-tracker.js';
import { BURNS_DISTORTIONS } from '../../src/exercises/thought-record.js';

const base = 'https://practice.example/';

const entry = {
  id: '0b5e5d9a-1c1b-4a8e-8f0e-5b6f3e2d1c00',
  exercise: 'mood-tracker',
  schema: 'mood-tracker/1',
  assignmentId: null,
  subject: 'client-1',
  status: 'completed',
  locale: 'en',
  createdAt: '2026-11-20T08:00:00.000+01:00',
  updatedAt: '2026-11-20T08:01:00.000+01:00',
  completedAt: '2026-11-20T08:01:05.000+01:00',
  data: {
    at: '2026-11-20T08:01:05.000+01:00',
    mood: { value: 4, scale: '0-10' },
    emotions: [],
    doing: '',
    withWhom: '',
    trigger: '',
    note: '',
  },
  engagement: {
    activeSeconds: 10,
    sittings: 1,
    edits: 2,
    fieldsFilled: 1,
    fieldsOffered: 6,
    selfReview: { obstacles: [], reflection: '' },
  },
} as Entry;

describe('delivery format', () => {
  it('defaults to native; the element beats the provider; anything else is a configuration problem', () => {
    const fromProvider = resolveConfig({}, { format: 'fhir' }, base);
    expect(fromProvider.ok && fromProvider.config.format).to.equal('fhir');
    const own = resolveConfig({ format: 'native' }, { format: 'fhir' }, base);
    expect(own.ok && own.config.format).to.equal('native');
    const none = resolveConfig({}, undefined, base);
    expect(none.ok && none.config.format).to.equal('native');
    const wrong = resolveConfig({ format: 'xml' as never }, undefined, base);
    expect(wrong).to.deep.equal({ ok: false, problems: ['formatInvalid'] });
  });

  it('maps a QuestionnaireResponse body, the same bytes every time', async () => {
    const body = await fhirBody(entry);
    expect(body.contentType).to.equal('application/fhir+json');
    const response = JSON.parse(body.text);
    expect(response.resourceType).to.equal('QuestionnaireResponse');
    expect(response.identifier.value).to.equal(entry.id);
    expect(response.subject).to.deep.equal({
      type: 'Patient',
      identifier: { system: 'https://homework-elements.org/fhir/client-id', value: 'client-1' },
    });
    expect(body.ifNoneExist).to.equal(`identifier=https://homework-elements.org/fhir/entry-id|${entry.id}`);
    expect((await fhirBody(entry)).text).to.equal(body.text);
  });

  it('maps an entry made in Spanish to a Spanish response, `language: es`', async () => {
    const response = JSON.parse((await fhirBody({ ...entry, locale: 'es' })).text);
    expect(response.language).to.equal('es');
    const mood = response.item.find((item: { linkId: string }) => item.linkId === 'mood');
    expect(mood.text).to.equal('Ánimo: ¿cómo me siento?');
    expect(JSON.parse((await fhirBody(entry)).text).language).to.equal('en');
  });

  describe('against a FHIR server', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    /** Answers every POST with `answer`, keeping the request headers. */
    function fhirServer(answer: () => Response): Headers[] {
      const seen: Headers[] = [];
      window.fetch = async (_url, init) => {
        seen.push(new Headers(init?.headers));
        return answer();
      };
      return seen;
    }

    const options = { headers: {}, credentials: 'omit' as const, timeoutMs: 5_000 };

    it('sends a conditional create (If-None-Exist) with the FHIR body', async () => {
      const seen = fhirServer(() => new Response('{}', { status: 200 }));
      const item = {
        id: entry.id,
        endpoint: base + 'fhir/QuestionnaireResponse',
        entry,
        format: 'fhir',
        body: await fhirBody(entry),
      } as OutboxEntry;
      const result = await sendEntry(item, options);
      expect(result.outcome.kind).to.equal('delivered');
      expect(seen[0].get('If-None-Exist')).to.equal(item.body!.ifNoneExist);
      expect(seen[0].get('Content-Type')).to.equal('application/fhir+json');
      const native = { ...item, format: undefined, body: undefined } as OutboxEntry;
      await sendEntry(native, options);
      expect(seen[1].has('If-None-Exist')).to.equal(false, 'a native entry is not a FHIR create');
    });

    it("shows a rejection's OperationOutcome: each issue's details.text, else its diagnostics", async () => {
      fhirServer(
        () =>
          new Response(
            JSON.stringify({
              resourceType: 'OperationOutcome',
              issue: [
                { severity: 'error', code: 'invalid', details: { text: 'Subject is required' }, diagnostics: 'x' },
                { severity: 'error', code: 'processing', diagnostics: 'Unknown extension entry' },
                { severity: 'warning', code: 'processing' },
              ],
            }),
            { status: 422, headers: { 'Content-Type': 'application/fhir+json' } },
          ),
      );
      const item = { id: entry.id, endpoint: base, entry, format: 'fhir', body: await fhirBody(entry) } as OutboxEntry;
      const result = await sendEntry(item, options);
      expect(result.outcome.kind).to.equal('rejected');
      expect(result.message).to.equal('Subject is required; Unknown extension entry');
    });
    it("reads a withdrawn link from a refusal's OperationOutcome (details.coding), as from a problem body", async () => {
      const refusal = (code: string) => ({
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'login',
            details: { coding: [{ system: PROBLEM_CODE_SYSTEM, code }], text: 'This link has been withdrawn.' },
          },
        ],
      });
      const answers = [
        JSON.stringify(refusal('link-revoked')),
        JSON.stringify(refusal('link-expired'), null, 2),
        JSON.stringify(refusal('made-up')),
        JSON.stringify({ code: 'link-revoked' }),
        // A reason that only quotes a code is not that code.
        JSON.stringify({ message: 'Not "code":"link-revoked"', code: 'credential-invalid' }),
      ];
      fhirServer(() => new Response(answers.shift(), { status: 401 }));
      const item = { id: entry.id, endpoint: base, entry, format: 'fhir', body: await fhirBody(entry) } as OutboxEntry;
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i += 1) {
        const result = await sendEntry(item, options);
        expect(result.outcome.kind).to.equal('auth');
        codes.push(result.code);
      }
      expect(codes).to.deep.equal(['link-revoked', 'link-expired', undefined, 'link-revoked', undefined]);
    });
  });

  it("the FHIR writer's code lists equal the exercises' (it repeats them to stay free of zod)", () => {
    expect(CODES).to.deep.equal({
      distortions: BURNS_DISTORTIONS,
      emotions: DEFAULT_EMOTIONS,
      moodScales: MOOD_SCALES,
      experimentPhases: EXPERIMENT_PHASES,
      experimentTypes: EXPERIMENT_TYPES,
      obstacles: OBSTACLES,
    });
  });
});
