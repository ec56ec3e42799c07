// <hw-thought-record> in every state a client or a host can meet: one real element per
// story, with whatever the device already holds written to the store by a loader first.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Assignment } from '../src/core/assignment.js';
import { onDevice, queuedEntry, savedDraft, workedThoughtRecord } from './device-state.js';
import { langControl } from './locales.js';

/** The element's attributes as the manifest names them, plus its object properties. */
interface ThoughtRecordArgs {
  endpoint?: string;
  subject?: string;
  'assignment-id'?: string;
  'draft-key'?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  columns?: number;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
  assignment?: Assignment;
  onHwDraftSaved?: (event: Event) => void;
  onHwBeforeSubmit?: (event: Event) => void;
  onHwEntryQueued?: (event: Event) => void;
  onHwEntryDelivered?: (event: Event) => void;
  onHwEntryRejected?: (event: Event) => void;
  onHwSyncStatus?: (event: Event) => void;
  onHwConfigError?: (event: Event) => void;
  // The manifest also lists these properties; the stories set the attributes instead.
  assignmentId?: never;
  draftKey?: never;
  getAuthHeaders?: never;
}

/**
 * Browsers refuse port 9 (discard) outright, so every attempt fails at once like an unreachable
 * server, on any machine, and nothing leaves it.
 */
const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/api/homework';

const meta = {
  title: 'Exercises/Thought record',
  component: 'hw-thought-record',
  render: (args) =>
    html`<hw-thought-record
      endpoint=${ifDefined(args.endpoint)}
      subject=${ifDefined(args.subject)}
      assignment-id=${ifDefined(args['assignment-id'])}
      draft-key=${ifDefined(args['draft-key'])}
      credentials=${ifDefined(args.credentials)}
      timeout=${ifDefined(args.timeout)}
      columns=${ifDefined(args.columns)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      .assignment=${args.assignment}
      @hw-draft-saved=${args.onHwDraftSaved}
      @hw-before-submit=${args.onHwBeforeSubmit}
      @hw-entry-queued=${args.onHwEntryQueued}
      @hw-entry-delivered=${args.onHwEntryDelivered}
      @hw-entry-rejected=${args.onHwEntryRejected}
      @hw-sync-status=${args.onHwSyncStatus}
      @hw-config-error=${args.onHwConfigError}
    ></hw-thought-record>`,
  argTypes: {
    columns: { control: 'inline-radio', options: [3, 5, 7] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: langControl,
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    credentials: { control: 'select', options: ['omit', 'same-origin', 'include'] },
    assignment: { control: 'object' },
    assignmentId: { table: { disable: true } },
    draftKey: { table: { disable: true } },
    getAuthHeaders: { control: false },
  },
} satisfies Meta<ThoughtRecordArgs>;

export default meta;
type Story = StoryObj<ThoughtRecordArgs>;

export const Empty: Story = {
  args: { 'draft-key': 'story-empty' },
  loaders: [onDevice()],
};

export const ThreeColumns: Story = {
  args: { 'draft-key': 'story-three-columns', columns: 3 },
  loaders: [onDevice()],
};

export const FiveColumns: Story = {
  args: { 'draft-key': 'story-five-columns', columns: 5 },
  loaders: [onDevice()],
};

export const Prefilled: Story = {
  args: {
    assignment: {
      id: 'story-prefilled',
      exercise: 'thought-record',
      title: 'When the Sunday worry starts',
      instructions:
        'Next time you notice your mood drop, fill this in within the hour if you can. Stop after any step: a situation and a mood are already useful.',
      note: 'You caught the "what if" thoughts really well on Tuesday. Try to write the hot thought down word for word.',
      dueDate: '2026-12-01',
      distortions: ['Catastrophising', 'Mind reading', 'Fortune telling', 'Should statements', 'Discounting the good'],
    },
  },
  loaders: [onDevice()],
};

export const RestoredDraft: Story = {
  args: { 'draft-key': 'story-restored-draft' },
  loaders: [
    onDevice((store) => store.putDraft(savedDraft('thought-record:story-restored-draft', workedThoughtRecord()))),
  ],
  // The docs page renders its stories side by side on one IndexedDB, where another story's
  // loader would clear this one's draft before the widget reads it. Stories that seed the
  // device therefore stay off the docs page.
  tags: ['!autodocs'],
};

export const QueuedOffline: Story = {
  args: { endpoint: UNREACHABLE_ENDPOINT, 'assignment-id': 'story-queued-offline' },
  loaders: [
    onDevice((store) =>
      store.queueEntry(
        'thought-record:story-queued-offline',
        queuedEntry(UNREACHABLE_ENDPOINT, 'story-queued-offline', { state: 'pending', attempts: 0 }),
      ),
    ),
  ],
  tags: ['!autodocs'],
};

export const Rejected: Story = {
  args: { endpoint: UNREACHABLE_ENDPOINT, 'assignment-id': 'story-rejected' },
  loaders: [
    onDevice((store) =>
      store.queueEntry(
        'thought-record:story-rejected',
        queuedEntry(UNREACHABLE_ENDPOINT, 'story-rejected', {
          state: 'rejected',
          attempts: 1,
          lastError: 'This clinic requires a situation of at least 10 words.',
        }),
      ),
    ),
  ],
  tags: ['!autodocs'],
};

export const ConfigError: Story = {
  args: { 'draft-key': 'story-config-error', endpoint: 'javascript:alert(1)' },
  loaders: [onDevice()],
};

export const RightToLeft: Story = {
  args: { 'draft-key': 'story-right-to-left', lang: 'ar' },
  loaders: [onDevice()],
};

export const French: Story = {
  args: { 'draft-key': 'story-french', lang: 'fr' },
  loaders: [onDevice()],
};

export const SimplifiedChinese: Story = {
  args: { 'draft-key': 'story-simplified-chinese', lang: 'zh-Hans' },
  loaders: [onDevice()],
};

export const Hindi: Story = {
  args: { 'draft-key': 'story-hindi', lang: 'hi' },
  loaders: [onDevice()],
};

export const Dark: Story = {
  args: { 'draft-key': 'story-dark', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  loaders: [onDevice()],
};

const HOSTILE = '<img src=x onerror=alert(1)>';

export const HostileClinicianText: Story = {
  args: {
    assignment: {
      id: 'story-hostile-clinician-text',
      exercise: 'thought-record',
      title: `Thought record ${HOSTILE}`,
      instructions: `Write down what happened. ${HOSTILE}`,
      note: `<script>alert(1)</script> ${HOSTILE}`,
      distortions: [HOSTILE, 'Mind reading'],
      overrides: { 'tr.situation.label': `Situation ${HOSTILE}` },
    },
  },
  loaders: [onDevice()],
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('hw-thought-record')!;
    await waitFor(() => expect(widget.shadowRoot?.querySelector('#situation')).toBeTruthy());
    const root = widget.shadowRoot!;
    // Every field above is shown as the characters the clinician typed; none becomes markup.
    await expect(root.querySelector('img, script')).toBeNull();
    await expect(root.querySelector('h2')?.textContent).toContain(HOSTILE);
    await expect(root.querySelector('[part="assignment"]')?.textContent).toContain('<script>alert(1)</script>');
  },
};
