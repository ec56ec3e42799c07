// <hw-behavioural-experiment> in each phase and state: the plan (empty, from an assignment,
// half done), the outcome (just started, worked through, a repeat), and a host's problems.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { Assignment } from '../src/core/assignment.js';
import { isoWithOffset, now } from '../src/core/clock.js';
import { validateEntry } from '../src/core/entry.js';
import {
  completedExperiment,
  emptyExperiment,
  scheduledFromLocal,
  type ExperimentDraft,
} from '../src/exercises/behavioural-experiment.js';
import type { HwBehaviouralExperiment } from '../src/index.js';
import { makeReceipt } from '../src/storage/receipts.js';
import type { HomeworkStore } from '../src/storage/records.js';
import { onDevice } from './device-state.js';
import { langControl } from './locales.js';

/** The element's attributes as the manifest names them, plus its object properties. */
interface ExperimentArgs {
  endpoint?: string;
  subject?: string;
  'assignment-id'?: string;
  'draft-key'?: string;
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: string;
  assignment?: Assignment;
  onHwDraftSaved?: (event: Event) => void;
  onHwBeforeSubmit?: (event: Event) => void;
  onHwEntryQueued?: (event: Event) => void;
  onHwEntryDelivered?: (event: Event) => void;
  onHwConfigError?: (event: Event) => void;
  // The manifest also lists these properties; the stories set the attributes instead.
  assignmentId?: never;
  draftKey?: never;
  getAuthHeaders?: never;
}

/** Nothing listens on 127.0.0.1:9 (discard), so sending fails at once without leaving the machine. */
const UNREACHABLE_ENDPOINT = 'http://127.0.0.1:9/api/homework';
const DAY = 86_400_000;

/** Next Tuesday at 10:00 on this device's clock, as the datetime-local field would hold it. */
function nextTuesdayAtTen(): string | undefined {
  const at = new Date(now());
  at.setDate(at.getDate() + ((9 - at.getDay()) % 7 || 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return scheduledFromLocal(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:00`);
}

function plannedExperiment(): ExperimentDraft {
  return {
    ...emptyExperiment(),
    targetBelief: 'If I speak up in the team meeting, people will think my question is stupid.',
    targetBeliefBefore: 80,
    alternativeBelief: 'Most people are busy with their own work; a question shows I am engaged.',
    alternativeBeliefBefore: 25,
    experiment: 'Ask one question about the project timeline in Tuesday’s meeting.',
    scheduledFor: nextTuesdayAtTen(),
    place: 'Meeting room 2',
    prediction: 'Someone will smirk or sigh, and my manager will look annoyed.',
    predictionCheck: 'I will look at faces while I ask, not at my notes.',
    safetyBehaviours: [
      { id: 'sb-rehearse', text: 'Rehearsing the question ten times' },
      { id: 'sb-apologise', text: 'Starting with “sorry, this is probably obvious”' },
    ],
    obstacles: [{ id: 'ob-cancel', obstacle: 'The meeting is cancelled', strategy: 'Ask by email to the whole team' }],
    plannedAt: isoWithOffset(now() - 3 * DAY),
  };
}

function doneExperiment(): ExperimentDraft {
  return {
    ...plannedExperiment(),
    phase: 'outcome',
    planCompletedAt: isoWithOffset(now() - DAY),
    outcome: 'I asked. My manager said “good question” and two people wrote the answer down.',
    comparison: 'Nobody smirked. One person looked at their laptop, but she does that all the time.',
    learned: 'A question is not judged the way I judge it. I can ask one every week.',
    targetBeliefAfter: 35,
    alternativeBeliefAfter: 60,
  };
}

/** The draft a client left on this device: `data` in the phase they stopped in. */
function putExperimentDraft(store: HomeworkStore, key: string, data: ExperimentDraft) {
  return store.putDraft({
    key: `behavioural-experiment:${key}`,
    exercise: 'behavioural-experiment',
    entryId: crypto.randomUUID(),
    assignmentId: null,
    data,
    selfReview: null,
    engagement: { activeMs: 9 * 60_000, sittings: 2, edits: 37 },
    createdAt: isoWithOffset(now() - 3 * DAY),
    updatedAt: isoWithOffset(now() - 10 * 60_000),
  });
}

/** An earlier run of the same experiment, delivered from this device `daysAgo` days back. */
async function deliveredRun(store: HomeworkStore, daysAgo: number, before: number, after: number) {
  const at = isoWithOffset(now() - daysAgo * DAY);
  const check = validateEntry({
    id: crypto.randomUUID(),
    exercise: 'behavioural-experiment',
    schema: 'behavioural-experiment/1',
    assignmentId: null,
    subject: null,
    status: 'completed',
    locale: 'en',
    createdAt: at,
    updatedAt: at,
    completedAt: at,
    data: completedExperiment(
      { ...doneExperiment(), targetBeliefBefore: before, targetBeliefAfter: after, plannedAt: at, planCompletedAt: at },
      [],
      at,
    ),
    engagement: {
      activeSeconds: 600,
      sittings: 2,
      edits: 30,
      fieldsFilled: 9,
      fieldsOffered: 11,
      selfReview: { obstacles: [], reflection: '' },
    },
  });
  // A story must show what the library does with a real entry, so an invalid sample fails loudly.
  if (!check.ok) throw new Error(`Story entry is not valid: ${check.problems.join('; ')}`);
  const delivered = { endpoint: UNREACHABLE_ENDPOINT, deliveredAt: now() - daysAgo * DAY, status: 201 };
  await store.markDelivered(await makeReceipt(store, { ...delivered, id: check.value.id, entry: check.value }, false));
}

const meta = {
  title: 'Exercises/Behavioural experiment',
  component: 'hw-behavioural-experiment',
  render: (args) =>
    html`<hw-behavioural-experiment
      endpoint=${ifDefined(args.endpoint)}
      subject=${ifDefined(args.subject)}
      assignment-id=${ifDefined(args['assignment-id'])}
      draft-key=${ifDefined(args['draft-key'])}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      dir=${ifDefined(args.dir)}
      .assignment=${args.assignment}
      @hw-draft-saved=${args.onHwDraftSaved}
      @hw-before-submit=${args.onHwBeforeSubmit}
      @hw-entry-queued=${args.onHwEntryQueued}
      @hw-entry-delivered=${args.onHwEntryDelivered}
      @hw-config-error=${args.onHwConfigError}
    ></hw-behavioural-experiment>`,
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    lang: langControl,
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    assignment: { control: 'object' },
    // The manifest lists these both as attribute and as property; the stories set the attributes.
    assignmentId: { table: { disable: true } },
    draftKey: { table: { disable: true } },
    getAuthHeaders: { control: false },
  },
} satisfies Meta<ExperimentArgs>;

export default meta;
type Story = StoryObj<ExperimentArgs>;

/** Waits for the widget to show a phase, then hands it to the play function. */
async function widgetIn(canvasElement: HTMLElement): Promise<HwBehaviouralExperiment> {
  const widget = canvasElement.querySelector('hw-behavioural-experiment')!;
  // Opening IndexedDB and reading the draft can take longer than waitFor's default second.
  await waitFor(() => expect(widget.shadowRoot?.querySelector('#phase')).toBeTruthy(), { timeout: 5000 });
  return widget;
}

export const PlanEmpty: Story = {
  args: { 'draft-key': 'story-plan-empty' },
  loaders: [onDevice()],
};

export const PlanFromAssignment: Story = {
  args: {
    assignment: {
      id: 'story-plan-from-assignment',
      exercise: 'behavioural-experiment',
      title: 'Speaking up at work',
      instructions: 'Plan one small experiment before Tuesday. Come back after it to write down what happened.',
      note: 'We said the “stupid question” thought is the one to test first. Drop the rehearsing if you can.',
      dueDate: '2026-12-08',
      allowPlanOnly: true,
      overrides: {
        'be.target.hint': 'Use the words from our session, e.g. “They will think my question is stupid.”',
        'be.intro': 'Finding out how it really goes matters more than how well it goes.',
      },
    },
  },
  loaders: [onDevice()],
};

export const PlanInProgress: Story = {
  args: { 'draft-key': 'story-plan-in-progress' },
  loaders: [onDevice((store) => putExperimentDraft(store, 'story-plan-in-progress', plannedExperiment()))],
  // The docs page renders its stories side by side on one IndexedDB: a loader there
  // would clear what another story's widget is about to read. This one lives on its own.
  tags: ['!autodocs'],
};

export const Survey: Story = {
  args: { 'draft-key': 'story-survey' },
  loaders: [
    onDevice((store) =>
      putExperimentDraft(store, 'story-survey', {
        ...emptyExperiment(),
        type: 'survey',
        targetBelief: 'Everyone else finds small talk easy.',
        targetBeliefBefore: 90,
        experiment: 'Ask five friends: “How do you feel about small talk at parties?”',
      }),
    ),
  ],
  tags: ['!autodocs'],
};

export const OutcomeJustStarted: Story = {
  args: { 'draft-key': 'story-outcome-started' },
  loaders: [
    onDevice((store) =>
      putExperimentDraft(store, 'story-outcome-started', {
        ...plannedExperiment(),
        phase: 'outcome',
        planCompletedAt: isoWithOffset(),
      }),
    ),
  ],
  tags: ['!autodocs'],
};

export const OutcomeWorkedThrough: Story = {
  args: { 'draft-key': 'story-outcome-done' },
  loaders: [onDevice((store) => putExperimentDraft(store, 'story-outcome-done', doneExperiment()))],
  tags: ['!autodocs'],
};

export const RepeatWithEarlierRuns: Story = {
  args: { 'draft-key': 'story-repeat' },
  loaders: [
    onDevice(async (store) => {
      await deliveredRun(store, 21, 90, 70);
      await deliveredRun(store, 14, 75, 50);
      await putExperimentDraft(store, 'story-repeat', { ...doneExperiment(), targetBeliefBefore: 55 });
    }),
  ],
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const widget = await widgetIn(canvasElement);
    await waitFor(() => expect(widget.shadowRoot!.textContent).toContain('Earlier runs of this experiment'), {
      timeout: 5000,
    });
  },
};

export const StartedFromAThought: Story = {
  args: { 'draft-key': 'story-from-thought' },
  loaders: [onDevice()],
  play: async ({ canvasElement }) => {
    const widget = await widgetIn(canvasElement);
    await widget.startFromThought('Nobody at the party will want to talk to me.', 'story-thought-record');
    await waitFor(() =>
      expect(widget.shadowRoot!.querySelector<HTMLTextAreaElement>('#targetBelief')?.value).toContain('Nobody'),
    );
  },
};

/** The host wiring from docs/elements.md: a thought record hands its hot thought to the experiment. */
export const WiredToAThoughtRecord: Story = {
  loaders: [onDevice()],
  render: () => {
    const handOver = (event: Event) => {
      const { thought, sourceEntryId } = event as Event & { thought: string; sourceEntryId: string };
      const experiment = (event.currentTarget as HTMLElement).querySelector('hw-behavioural-experiment')!;
      void experiment.startFromThought(thought, sourceEntryId);
    };
    return html`<div @hw-test-thought=${handOver}>
      <hw-thought-record draft-key="story-wired" columns="3"></hw-thought-record>
      <hw-behavioural-experiment draft-key="story-wired"></hw-behavioural-experiment>
    </div>`;
  },
  tags: ['!autodocs'],
};

export const SubmitProblems: Story = {
  args: { 'draft-key': 'story-submit-problems', endpoint: UNREACHABLE_ENDPOINT },
  loaders: [onDevice()],
  play: async ({ canvasElement }) => {
    const widget = await widgetIn(canvasElement);
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitFor(() => expect(widget.shadowRoot!.querySelector('#submit-problems')).toBeTruthy());
  },
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

export const RightToLeftOutcome: Story = {
  args: { 'draft-key': 'story-right-to-left-outcome', lang: 'ar' },
  loaders: [
    onDevice((store) =>
      putExperimentDraft(store, 'story-right-to-left-outcome', {
        ...doneExperiment(),
        targetBelief: 'إذا تحدثت في الاجتماع، سيظن الناس أن سؤالي غبي.',
        prediction: 'سيبتسم أحدهم بسخرية.',
        predictionCheck: '',
        alternativeBelief: '',
        outcome: '',
      }),
    ),
  ],
  tags: ['!autodocs'],
};

export const Dark: Story = {
  args: { 'draft-key': 'story-dark', theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  loaders: [onDevice((store) => putExperimentDraft(store, 'story-dark', doneExperiment()))],
  tags: ['!autodocs'],
};
