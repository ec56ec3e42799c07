// <hw-mood-tracker> in the states a client or a host can meet. The history is the whole
// device's, so stories that seed it are kept off the docs page (one IndexedDB for all).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Assignment } from '../src/core/assignment.js';
import { isoWithOffset, now } from '../src/core/clock.js';
import { validateEntry, type Entry } from '../src/core/entry.js';
import { completeCheckIn, emptyCheckIn, type MoodRating } from '../src/exercises/mood-tracker.js';
import { makeReceipt } from '../src/storage/receipts.js';
import type { HomeworkStore } from '../src/storage/records.js';
import { onDevice } from './device-state.js';
import { langControl } from './locales.js';

/** The element's attributes as the manifest names them, plus its object properties. */
interface MoodTrackerArgs {
  endpoint?: string;
  subject?: string;
  'assignment-id'?: string;
  'draft-key'?: string;
  scale?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
  readonly?: boolean;
  assignment?: Assignment;
  onHwDraftSaved?: (event: Event) => void;
  onHwEntryQueued?: (event: Event) => void;
  onHwEntryDelivered?: (event: Event) => void;
  onHwConfigError?: (event: Event) => void;
  // The manifest also lists these properties; the stories set the attributes instead.
  assignmentId?: never;
  draftKey?: never;
  getAuthHeaders?: never;
  readOnly?: never;
}

/** Browsers refuse port 9 (discard) outright, so every attempt fails at once and nothing leaves the machine. */
const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/api/homework';
const DAY = 86_400_000;

/** One check-in `daysAgo` days back at `hour`, as the widget would have built it. */
function checkIn(daysAgo: number, hour: number, mood: MoodRating): Entry {
  const when = new Date(now() - daysAgo * DAY);
  when.setHours(hour, (daysAgo * 17) % 60, 0, 0);
  const at = isoWithOffset(when.getTime());
  const check = validateEntry({
    id: crypto.randomUUID(),
    exercise: 'mood-tracker',
    schema: 'mood-tracker/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    data: {
      ...completeCheckIn({ ...emptyCheckIn(), mood }, at),
      emotions: mood.value < 4 ? [{ name: 'tired', intensity: 6 }] : [],
      sleep: { hours: 6 + (daysAgo % 5) / 2 },
    },
    engagement: {
      activeSeconds: 15,
      sittings: 1,
      edits: 2,
      fieldsFilled: 3,
      fieldsOffered: 6,
      selfReview: { obstacles: [], reflection: '' },
    },
  });
  // A story must show what the library does with a real entry, so an invalid sample fails loudly.
  if (!check.ok) throw new Error(`Story check-in is not valid: ${check.problems.join('; ')}`);
  return check.value;
}

/** Up to three check-ins a day (morning, afternoon, evening), moods on slow waves, some days skipped. */
function checkIns(days: number): Entry[] {
  const entries: Entry[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
    if (daysAgo % 9 === 4) continue;
    for (const [slot, hour] of [8, 14, 21].entries()) {
      if ((daysAgo + slot) % 4 === 3) continue;
      const value = Math.round(5 + 2.5 * Math.sin(daysAgo / 5) + (slot === 1 ? 1 : slot === 2 ? -1 : 0));
      entries.push(checkIn(daysAgo, hour, { value: Math.min(10, Math.max(0, value)), scale: '0-10' }));
    }
  }
  return entries;
}

async function delivered(store: HomeworkStore, entries: Entry[]): Promise<void> {
  await Promise.all(
    entries.map((entry) =>
      makeReceipt(
        store,
        {
          id: entry.id,
          endpoint: UNREACHABLE_ENDPOINT,
          entry,
          deliveredAt: Date.parse(entry.completedAt),
          status: 201,
        },
        false,
      ).then((receipt) => store.markDelivered(receipt)),
    ),
  );
}

async function queued(store: HomeworkStore, entries: Entry[]): Promise<void> {
  await Promise.all(
    entries.map((entry) =>
      store.queueEntry(`mood-tracker:story-${entry.id}`, {
        id: entry.id,
        endpoint: UNREACHABLE_ENDPOINT,
        entry,
        state: 'pending',
        attempts: 1,
        lastError: 'network',
        nextAttemptAt: now() + 10 * 60_000,
        queuedAt: Date.parse(entry.completedAt),
      }),
    ),
  );
}

const withHistory = (days: number) => onDevice((store) => delivered(store, checkIns(days)));

const meta = {
  title: 'Exercises/Mood tracker',
  component: 'hw-mood-tracker',
  render: (args) =>
    html`<hw-mood-tracker
      endpoint=${ifDefined(args.endpoint)}
      subject=${ifDefined(args.subject)}
      assignment-id=${ifDefined(args['assignment-id'])}
      draft-key=${ifDefined(args['draft-key'])}
      scale=${ifDefined(args.scale)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      .assignment=${args.assignment}
      @hw-draft-saved=${args.onHwDraftSaved}
      @hw-entry-queued=${args.onHwEntryQueued}
      @hw-entry-delivered=${args.onHwEntryDelivered}
      @hw-config-error=${args.onHwConfigError}
    ></hw-mood-tracker>`,
  argTypes: {
    scale: { control: 'inline-radio', options: ['0-10', '0-100', 'valence'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: langControl,
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    assignment: { control: 'object' },
    assignmentId: { table: { disable: true } },
    draftKey: { table: { disable: true } },
    getAuthHeaders: { control: false },
    readOnly: { table: { disable: true } },
  },
} satisfies Meta<MoodTrackerArgs>;

export default meta;
type Story = StoryObj<MoodTrackerArgs>;

export const Empty: Story = {
  args: { 'draft-key': 'story-empty' },
  loaders: [onDevice()],
};

/**
 * Inside a host's `<form>` (see docs/forms.md): required, labelled by the host, with Reset
 * (empties it at once) and `readonly` (shows the data, nothing can change it).
 */
export const InAHostForm: Story = {
  args: { 'draft-key': 'story-in-form', readonly: false },
  loaders: [onDevice()],
  render: (args) =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <label for="checkin">Today's check-in</label>
      <hw-mood-tracker
        id="checkin"
        name="checkin"
        required
        ?readonly=${args.readonly}
        draft-key=${ifDefined(args['draft-key'])}
        lang=${ifDefined(args.lang)}
      ></hw-mood-tracker>
      <button>Save</button>
      <button type="reset">Reset</button>
    </form>`,
};

export const WithHistory: Story = {
  args: { 'draft-key': 'story-with-history' },
  loaders: [withHistory(365)],
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('hw-mood-tracker')!;
    await waitFor(() => expect(widget.shadowRoot?.querySelector('.chart')).toBeTruthy());
  },
};

export const Scale0To100: Story = {
  args: {
    assignment: {
      id: 'story-scale-0-100',
      exercise: 'mood-tracker',
      scale: '0-100',
      instructions: 'Rate your mood from 0 to 100 each morning and evening.',
    },
  },
  loaders: [onDevice()],
};

export const ValenceScale: Story = {
  args: {
    assignment: {
      id: 'story-valence',
      exercise: 'mood-tracker',
      scale: 'valence',
      instructions: 'Pick the word that fits best. One tap is enough.',
    },
  },
  loaders: [onDevice()],
};

export const CustomEmotions: Story = {
  args: {
    assignment: {
      id: 'story-custom-emotions',
      exercise: 'mood-tracker',
      title: 'Evenings this week',
      note: 'We talked about the evenings being hardest. Use your own words from the list.',
      emotions: ['Homesick', 'On edge', 'Numb', 'Proud', 'Relieved', 'Overwhelmed'],
    },
  },
  loaders: [onDevice()],
};

export const RightToLeft: Story = {
  args: { 'draft-key': 'story-right-to-left', lang: 'ar' },
  loaders: [withHistory(30)],
  tags: ['!autodocs'],
};

export const French: Story = {
  args: { 'draft-key': 'story-french', lang: 'fr' },
  loaders: [withHistory(30)],
  tags: ['!autodocs'],
};

export const SimplifiedChinese: Story = {
  args: { 'draft-key': 'story-simplified-chinese', lang: 'zh-Hans' },
  loaders: [withHistory(30)],
  tags: ['!autodocs'],
};

export const Hindi: Story = {
  args: { 'draft-key': 'story-hindi', lang: 'hi' },
  loaders: [withHistory(30)],
  tags: ['!autodocs'],
};

export const Dark: Story = {
  args: { 'draft-key': 'story-dark', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  loaders: [withHistory(30)],
  tags: ['!autodocs'],
};

export const OfflineQueued: Story = {
  args: { endpoint: UNREACHABLE_ENDPOINT, 'draft-key': 'story-offline-queued' },
  loaders: [
    onDevice(async (store) => {
      await delivered(
        store,
        checkIns(10).filter((entry) => Date.parse(entry.completedAt) < now() - DAY),
      );
      await queued(store, [
        checkIn(0, 7, { value: 3, scale: '0-10' }),
        checkIn(0, 12, { value: 5, scale: '0-10' }),
        checkIn(0, 18, { value: 4, scale: '0-10' }),
      ]);
    }),
  ],
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const widget = canvasElement.querySelector('hw-mood-tracker')!;
    // Queued check-ins are in the history already, marked as not sent.
    await waitFor(() =>
      expect(widget.shadowRoot?.querySelector('[part="history"]')?.textContent).toContain('Not sent yet: 3'),
    );
  },
};
