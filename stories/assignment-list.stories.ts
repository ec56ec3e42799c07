// <hw-assignment-list>, the client's own space, in the states a client meets: nothing yet,
// homework to do and done, everything done, offline with the last list, a link that ended,
// right to left, dark.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/define/hw-assignment-list.js';

interface ListArgs {
  src?: string;
  'allowed-origins'?: string;
  data?: unknown;
  theme?: 'light' | 'dark';
  lang?: string;
  onHwAssignmentOpen?: (event: Event) => void;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const SOME = {
  assignments: [
    {
      id: 'a-experiment',
      exercise: 'behavioural-experiment',
      title: 'Ask one question in a meeting',
      note: 'Small is fine. We will look at what happened together.',
      dueDate: inDays(-1),
      times: 1,
      done: 0,
      state: 'overdue',
    },
    {
      id: 'a-mood',
      exercise: 'mood-tracker',
      title: 'Mood, evenings',
      note: null,
      dueDate: inDays(5),
      times: 5,
      done: 2,
      state: 'open',
    },
    {
      id: 'a-thoughts',
      exercise: 'thought-record',
      title: 'After the argument',
      note: null,
      dueDate: inDays(-3),
      times: 1,
      done: 1,
      state: 'done',
    },
  ],
};

const meta = {
  title: 'Client/Assignment list',
  component: 'hw-assignment-list',
  render: (args) =>
    html`<hw-assignment-list
      src=${ifDefined(args.src)}
      allowed-origins=${ifDefined(args['allowed-origins'])}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      .data=${args.data}
      @hw-assignment-open=${args.onHwAssignmentOpen}
    ></hw-assignment-list>`,
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'ar', 'hi', 'zh-Hans'] },
    data: { control: 'object' },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

export const NothingYet: Story = { args: { data: { assignments: [] } } };

export const ToDoAndDone: Story = {
  args: { data: SOME },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('hw-assignment-list')!;
    await waitFor(() => expect(list.shadowRoot?.querySelectorAll('.item').length).toBe(3));
  },
};

export const AllDone: Story = {
  args: { data: { assignments: SOME.assignments.map((a) => ({ ...a, done: a.times, state: 'done' })) } },
};

/** With "Add to my calendar" open: the reminder is made on the device, summary "Reminder". */
export const CalendarReminder: Story = {
  args: { data: SOME },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('hw-assignment-list')!;
    await waitFor(() => expect(list.shadowRoot?.querySelector('#calendar-a-mood')).toBeTruthy());
    list.shadowRoot!.querySelector<HTMLButtonElement>('#calendar-a-mood')!.click();
    await waitFor(() => expect(list.shadowRoot?.querySelector('form.calendar')).toBeTruthy());
  },
};

/** The server cannot be reached and this device has no copy yet. */
export const OfflineNothingKept: Story = {
  args: { src: 'http://127.0.0.1:9/api/my/assignments', 'allowed-origins': 'http://127.0.0.1:9' },
};

export const RightToLeft: Story = { args: { data: SOME, lang: 'ar' } };

export const Spanish: Story = { args: { data: SOME, lang: 'es' } };

export const Dark: Story = {
  args: { data: SOME, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};
