// <hw-review-panel> in the states a clinician meets: nothing yet, one of each exercise, a
// year of mixed data, damaged and newer records, right to left, dark, and ready to print.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Assignment } from '../src/core/assignment.js';
import { oneOfEach, withInvalidEntries, yearOfMixedData } from './review-data.js';

interface ReviewPanelArgs {
  src?: string;
  'allowed-origins'?: string;
  since?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
  entries?: unknown[];
  assignments?: Assignment[];
  onHwReviewReady?: (event: Event) => void;
  getAuthHeaders?: never;
}

const ASSIGNMENTS: Assignment[] = [
  { id: 'a-thoughts', exercise: 'thought-record', title: 'A thought record when anxiety spikes' },
  { id: 'a-mood', exercise: 'mood-tracker', title: 'Mood three times a day' },
  { id: 'a-experiment', exercise: 'behavioural-experiment', title: 'Ask one question in a meeting' },
  { id: 'a-sleep', exercise: 'mood-tracker', title: 'Sleep and mood, mornings' },
];

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const meta = {
  title: 'Clinician/Review panel',
  component: 'hw-review-panel',
  render: (args) =>
    html`<hw-review-panel
      src=${ifDefined(args.src)}
      allowed-origins=${ifDefined(args['allowed-origins'])}
      since=${ifDefined(args.since)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      .entries=${args.entries}
      .assignments=${args.assignments}
      @hw-review-ready=${args.onHwReviewReady}
    ></hw-review-panel>`,
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: { control: 'select', options: ['en', 'es', 'ar'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    entries: { control: 'object' },
    assignments: { control: 'object' },
    getAuthHeaders: { control: false },
  },
} satisfies Meta<ReviewPanelArgs>;

export default meta;
type Story = StoryObj<ReviewPanelArgs>;

export const Empty: Story = { args: { entries: [], assignments: ASSIGNMENTS, since: daysAgo(7) } };

export const OneOfEach: Story = {
  args: { entries: oneOfEach(), assignments: ASSIGNMENTS, since: daysAgo(7) },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('hw-review-panel')!;
    await waitFor(() => expect(panel.shadowRoot?.querySelectorAll('.row').length).toBe(3));
  },
};

export const YearOfMixedData: Story = {
  args: { entries: yearOfMixedData(), assignments: ASSIGNMENTS },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('hw-review-panel')!;
    await waitFor(() => expect(panel.shadowRoot?.querySelector('.chart')).toBeTruthy(), { timeout: 10_000 });
  },
};

export const InvalidEntries: Story = {
  args: { entries: withInvalidEntries(), assignments: ASSIGNMENTS },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('hw-review-panel')!;
    await waitFor(() => expect(panel.shadowRoot?.querySelectorAll('.row').length).toBe(7));
  },
};

export const RightToLeft: Story = {
  args: { entries: oneOfEach(), assignments: ASSIGNMENTS, lang: 'ar', since: daysAgo(7) },
};

export const Dark: Story = {
  args: { entries: yearOfMixedData().slice(-120), assignments: ASSIGNMENTS, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** What prints: every shown entry in full (the list on screen holds one page of rows). Use the browser's print preview to see the paper layout. */
export const Print: Story = {
  args: { entries: withInvalidEntries(), assignments: ASSIGNMENTS },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('hw-review-panel')!;
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(panel.shadowRoot?.querySelectorAll('.print-item').length).toBe(7));
  },
};

export const LoadError: Story = {
  // Another origin than the story's: listed, or the panel would refuse it before asking.
  args: { src: 'http://127.0.0.1:9/api/homework', 'allowed-origins': 'http://127.0.0.1:9' },
};

/** At 320 CSS px (a phone, or 400% zoom): nothing scrolls sideways; the wide tables are stacks whose cells name their column. */
export const Narrow: Story = {
  args: { entries: yearOfMixedData().slice(-60), assignments: ASSIGNMENTS },
  // Storybook's smallest phone: 320 CSS px wide.
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** The client's own words keep their direction: a Spanish note reads left to right, full stop last, in an Arabic panel. */
export const ClientWordsInAnotherScript: Story = {
  args: {
    lang: 'ar',
    assignments: ASSIGNMENTS,
    entries: oneOfEach().map((entry) =>
      entry.exercise === 'mood-tracker'
        ? { ...entry, data: { ...entry.data, note: 'Mi madre me llamó el domingo.' } }
        : entry,
    ),
  },
};
