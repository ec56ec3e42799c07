// <hw-assignment-composer> in the states a clinician meets: a new assignment, one to edit
// (adapted to Spanish with a family framing), the mood tracker with the clinician's words,
// Arabic (right to left), the UI in French, Chinese and Hindi, and each error state.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Assignment } from '../src/core/assignment.js';
import { registerMessages } from '../src/i18n/catalogue.js';
import * as fr from '../src/i18n/fr/assignment-composer.js';
import * as hi from '../src/i18n/hi/assignment-composer.js';
import * as zhHans from '../src/i18n/zh-Hans/assignment-composer.js';
import type { ComposerClient } from '../src/elements/assignment-composer/for-client.js';
import type { HwAssignmentComposer } from '../src/index.js';

interface ComposerArgs {
  endpoint?: string;
  'allowed-origins'?: string;
  'entries-endpoint'?: string;
  'client-page'?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
  assignment?: Assignment;
  clients?: ComposerClient[];
  'links-endpoint'?: string;
  onHwAssignmentCreated?: (event: Event) => void;
  entriesEndpoint?: never;
  clientPage?: never;
  getAuthHeaders?: never;
}

/** Nothing listens on 127.0.0.1:9 (discard), so saving fails at once without leaving the machine. */
const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/api/assignments';

// Until the fr, zh-Hans and hi catalogues are wired into the build, register them as a host would.
for (const [locale, module] of Object.entries({ fr, 'zh-Hans': zhHans, hi })) {
  registerMessages(locale, { ...module.assignmentClient, ...module.assignmentComposer });
}

const meta = {
  title: 'Clinician/Assignment composer',
  component: 'hw-assignment-composer',
  render: (args) =>
    html`<hw-assignment-composer
      endpoint=${ifDefined(args.endpoint)}
      allowed-origins=${ifDefined(args['allowed-origins'])}
      entries-endpoint=${ifDefined(args['entries-endpoint'])}
      client-page=${ifDefined(args['client-page'])}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      links-endpoint=${ifDefined(args['links-endpoint'])}
      .assignment=${args.assignment}
      .clients=${args.clients}
      @hw-assignment-created=${args.onHwAssignmentCreated}
    ></hw-assignment-composer>`,
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'ar', 'fr', 'zh-Hans', 'hi'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    assignment: { control: 'object' },
    entriesEndpoint: { table: { disable: true } },
    clientPage: { table: { disable: true } },
    getAuthHeaders: { control: false },
  },
} satisfies Meta<ComposerArgs>;

export default meta;
type Story = StoryObj<ComposerArgs>;

async function composerIn(canvasElement: HTMLElement): Promise<HwAssignmentComposer> {
  const composer = canvasElement.querySelector('hw-assignment-composer')!;
  await waitFor(() => expect(composer.shadowRoot?.querySelector('[part="preview"] [preview]')).toBeTruthy());
  return composer;
}

/** A new assignment; without an endpoint, saving hands it to the page (`hw-assignment-created`). */
export const New: Story = {
  args: { 'entries-endpoint': 'https://practice.example/api/homework' },
  play: async ({ canvasElement }) => {
    const composer = await composerIn(canvasElement);
    expect(composer.shadowRoot!.querySelectorAll('[data-aspect]').length).toBe(4);
  },
};

export const EditingAdaptedToSpanish: Story = {
  args: {
    assignment: {
      id: 'story-edit-es',
      exercise: 'thought-record',
      title: 'Después de la discusión',
      instructions: 'Esta semana, después de cenar, en casa: 10 minutos con una situación que te haya dolido.',
      note: 'Lo hiciste muy bien la semana pasada. Empieza por lo pequeño.',
      dueDate: '2026-12-08',
      size: 'standard',
      columns: 5,
      locale: 'es',
      framing: 'family',
      overrides: {
        'tr.situation.label': '¿Qué pasó en casa? ¿Quién estaba?',
        'framing.family': 'Entender lo que sientes también ayuda a tus hijos.',
      },
      variant: 'hints-on',
    },
  },
  play: async ({ canvasElement }) => {
    const composer = await composerIn(canvasElement);
    const preview = composer.shadowRoot!.querySelector('hw-thought-record')!;
    await waitFor(() => expect(preview.shadowRoot?.textContent).toContain('¿Qué pasó en casa?'));
  },
};

export const MoodTrackerWithOwnWords: Story = {
  args: {
    assignment: {
      id: 'story-mood-words',
      exercise: 'mood-tracker',
      instructions: 'Three times a day, at breakfast, lunch and bedtime, wherever you are: a few seconds each.',
      scale: 'valence',
      emotions: ['Homesick', 'Proud', 'On edge', 'Settled'],
      framing: 'community',
    },
  },
};

export const ArabicRightToLeft: Story = {
  args: {
    lang: 'ar',
    assignment: {
      id: 'story-ar',
      exercise: 'behavioural-experiment',
      instructions: 'بعد العشاء يوم الثلاثاء، في البيت: اتصل بأخيك لمدة 10 دقائق.',
      locale: 'ar',
      allowPlanOnly: true,
    },
  },
};

export const FrenchUi: Story = { args: { lang: 'fr' } };
export const ChineseUi: Story = { args: { lang: 'zh-Hans' } };
export const HindiUi: Story = { args: { lang: 'hi' } };

/** Saving fails (the server cannot be reached): the message says so, and the form keeps everything. */
export const Offline: Story = {
  args: { endpoint: UNREACHABLE_ENDPOINT, 'allowed-origins': new URL(UNREACHABLE_ENDPOINT).origin },
  play: async ({ canvasElement }) => {
    const composer = await composerIn(canvasElement);
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await waitFor(() => expect(composer.shadowRoot!.querySelector('[role="alert"]')).toBeTruthy());
  },
};

/** An assignment the schema refuses (a title far too long): the problems, nothing sent. */
export const Invalid: Story = {
  args: {
    assignment: { id: 'story-invalid', exercise: 'thought-record', title: 'x'.repeat(300) },
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

/** "For which client": with the clinician's clients listed, saving gives the chosen client's private link and a message in their language. */
export const ForAClient: Story = {
  args: {
    endpoint: '/api/assignments',
    'links-endpoint': '/api/links',
    clients: [
      { id: 'c-1', label: 'A. (Tuesdays)', language: 'es' },
      { id: 'c-2', label: 'B. (new)', language: null },
    ],
  },
  play: async ({ canvasElement }) => {
    const composer = await composerIn(canvasElement);
    await waitFor(() => expect(composer.shadowRoot?.querySelector('#client')).toBeTruthy());
  },
};
