// <hw-caseload>, the clinician's overview, in the states a clinician meets: no clients yet,
// a mixed caseload (done, open, overdue, repeating, flagged, never sent anything), sorted by
// who is behind, a load error, right to left, dark.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';

interface CaseloadArgs {
  src?: string;
  'allowed-origins'?: string;
  'clients-endpoint'?: string;
  sort?: 'label' | 'behind' | 'quiet' | 'flags';
  data?: unknown;
  theme?: 'light' | 'dark';
  lang?: string;
  onHwClientOpen?: (event: Event) => void;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const MIXED = {
  clients: [
    {
      id: 'c-1',
      label: 'A. (Tuesdays)',
      language: 'es',
      since: inDays(-7),
      lastEntryAt: hoursAgo(5),
      assignments: [
        {
          id: 'a1',
          exercise: 'mood-tracker',
          title: 'Mood, evenings',
          dueDate: inDays(2),
          times: 5,
          done: 3,
          state: 'open',
        },
        {
          id: 'a2',
          exercise: 'thought-record',
          title: 'After the argument',
          dueDate: inDays(-2),
          times: 1,
          done: 1,
          state: 'done',
        },
      ],
      flags: { flagged: 2, unchecked: 0, checkedAll: true },
    },
    {
      id: 'c-2',
      label: 'B. (new)',
      language: null,
      since: null,
      lastEntryAt: null,
      assignments: [
        {
          id: 'b1',
          exercise: 'behavioural-experiment',
          title: 'One question in a meeting',
          dueDate: inDays(-1),
          times: 1,
          done: 0,
          state: 'overdue',
        },
      ],
      flags: { flagged: 0, unchecked: 0, checkedAll: true },
    },
    {
      id: 'c-3',
      label: 'C.',
      language: 'ar',
      since: inDays(-14),
      lastEntryAt: hoursAgo(200),
      assignments: [],
      flags: { flagged: 0, unchecked: 1, checkedAll: true },
    },
  ],
};

const meta = {
  title: 'Clinician/Caseload',
  component: 'hw-caseload',
  render: (args) =>
    html`<hw-caseload
      src=${ifDefined(args.src)}
      allowed-origins=${ifDefined(args['allowed-origins'])}
      clients-endpoint=${ifDefined(args['clients-endpoint'])}
      sort=${ifDefined(args.sort)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      .data=${args.data}
      @hw-client-open=${args.onHwClientOpen}
    ></hw-caseload>`,
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar', 'hi', 'zh-Hans'] },
    sort: { control: 'inline-radio', options: ['label', 'behind', 'quiet', 'flags'] },
    data: { control: 'object' },
  },
} satisfies Meta<CaseloadArgs>;

export default meta;
type Story = StoryObj<CaseloadArgs>;

export const NoClientsYet: Story = { args: { data: { clients: [] }, 'clients-endpoint': '/api/clients' } };

export const Mixed: Story = {
  args: { data: MIXED, 'clients-endpoint': '/api/clients' },
  play: async ({ canvasElement }) => {
    const caseload = canvasElement.querySelector('hw-caseload')!;
    await waitFor(() => expect(caseload.shadowRoot?.querySelectorAll('tbody tr').length).toBe(3));
  },
};

export const MostOverdueFirst: Story = { args: { data: MIXED, sort: 'behind' } };

/** Read-only: without `clients-endpoint` there is no "Add a client" and the dates are text. */
export const ReadOnly: Story = { args: { data: MIXED } };

export const LoadError: Story = {
  args: { src: 'http://127.0.0.1:9/api/caseload', 'allowed-origins': 'http://127.0.0.1:9' },
};

export const RightToLeft: Story = { args: { data: MIXED, lang: 'ar' } };

export const Dark: Story = {
  args: { data: MIXED, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
