import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { useClock } from '../../src/index.js';
import type { HwBehaviouralExperiment, HwThoughtRecord, HwTestThoughtEvent } from '../../src/index.js';
import type { BehaviouralExperimentData } from '../../src/exercises/behavioural-experiment.js';
import { endpoint, freshDevice, readStore, resetServer, storedEntries, waitFor } from '../support/browser-fixtures.js';
import { button, byLabel, shadow, statusText, typeInto } from '../support/shadow.js';

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/;

async function experimentAt(url: string, draftKey = 'e-1') {
  const el = await fixture<HwBehaviouralExperiment>(
    html`<hw-behavioural-experiment endpoint=${url} draft-key=${draftKey}></hw-behavioural-experiment>`,
  );
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #phase'), 'the form to load');
  return el;
}

async function fillPlan(el: HwBehaviouralExperiment, target = 'If I speak up, people will think I am stupid') {
  typeInto(byLabel(el, 'Target belief: what'), target);
  typeInto(byLabel(el, 'Target belief: how much'), '80');
  typeInto(byLabel(el, 'Experiment: what will I do?'), 'Ask one question in the team meeting');
  typeInto(byLabel(el, 'Prediction: what do I expect'), 'Someone will smirk');
  typeInto(byLabel(el, 'Prediction: how will I know'), 'I will see it on their faces');
  await el.updateComplete;
}

async function toOutcome(el: HwBehaviouralExperiment) {
  button(el, 'I did the experiment: record the outcome').click();
  await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #outcome'), 'the outcome phase');
}

const dataOf = (entry: Record<string, unknown>) => entry.data as BehaviouralExperimentData;

describe('<hw-behavioural-experiment>', () => {
  beforeEach(async () => {
    await freshDevice();
    await resetServer();
  });

  it('starts with the plan, each control labelled with its part', async () => {
    const el = await experimentAt(await endpoint());
    expect(shadow(el).querySelector('#phase')!.textContent).to.equal('Part 1 of 2: the plan');
    typeInto(byLabel(el, 'Alternative belief (optional)'), 'They will not notice much');
    button(el, 'Add a safety behaviour').click();
    button(el, 'Add an obstacle').click();
    await el.updateComplete;
    for (const label of [
      'Experiment type',
      'Target belief: what thought am I testing?',
      'Target belief: how much do I believe it now?',
      'Alternative belief: how much',
      'Experiment: what will I do?',
      'Experiment: when?',
      'Experiment: where?',
      'Prediction: what do I expect will happen?',
      'Prediction: how will I know',
      'Safety behaviour 1 I will drop',
      'Obstacle 1: if this happens',
      'Obstacle 1: …then I will',
    ]) {
      if (label === 'Experiment type') expect(shadow(el).querySelector('legend')!.textContent).to.equal(label);
      else expect(byLabel(el, label), label).to.exist;
    }
    expect(() => byLabel(el, 'Outcome')).to.throw();
    // Without an assignment that allows it, a plan alone is not offered for sending.
    expect(() => button(el, 'Submit')).to.throw();
  });

  it('records the plan and the outcome with their times, and delivers both phases', async () => {
    const el = await experimentAt(await endpoint());
    await fillPlan(el);
    await toOutcome(el);
    expect(shadow(el).querySelector('#phase')!.textContent).to.equal('Part 2 of 2: the outcome');
    expect(shadow(el).activeElement?.id, 'focus moves to the new part').to.equal('phase');
    // The prediction is shown beside the outcome field, as text.
    const compare = shadow(el).querySelector('.compare')!;
    expect(compare.textContent).to.contain('Someone will smirk');
    expect(compare.querySelector('#outcome')).to.exist;

    typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Two people nodded, nobody smirked');
    typeInto(byLabel(el, 'Outcome compared with my prediction'), 'Nothing like what I expected');
    typeInto(byLabel(el, 'What I learned'), 'People are busy with their own thoughts');
    typeInto(byLabel(el, 'Target belief now'), '35');
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Before the experiment: 80 of 100');
    button(el, 'Submit').click();

    const entry = await waitFor(async () => (await storedEntries())[0], 'the delivered entry');
    const data = dataOf(entry);
    expect(entry.exercise).to.equal('behavioural-experiment');
    expect(data).to.deep.include({
      phase: 'outcome',
      phaseCompleted: 'outcome',
      type: 'hypothesis',
      targetBelief: 'If I speak up, people will think I am stupid',
      targetBeliefBefore: 80,
      targetBeliefAfter: 35,
      experiment: 'Ask one question in the team meeting',
      prediction: 'Someone will smirk',
      outcome: 'Two people nodded, nobody smirked',
      learned: 'People are busy with their own thoughts',
    });
    for (const at of [data.plannedAt, data.planCompletedAt, data.outcomeRecordedAt])
      expect(at).to.match(ISO_WITH_OFFSET);
    expect(Date.parse(data.plannedAt!)).to.be.at.most(Date.parse(data.planCompletedAt!));
    expect(Date.parse(data.planCompletedAt!)).to.be.at.most(Date.parse(data.outcomeRecordedAt!));
    expect(data.previous).to.deep.equal([]);
    await waitFor(() => statusText(el).includes('Sent'), '"Sent" status');
    // A fresh plan for the next experiment.
    expect(shadow(el).querySelector('#phase')!.textContent).to.equal('Part 1 of 2: the plan');
  });

  it('reopens in the outcome phase where the client stopped, and can go back to the plan', async () => {
    const el = await experimentAt(await endpoint());
    await fillPlan(el);
    await toOutcome(el);
    typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Halfway through writing');
    await waitFor(() => statusText(el).includes('Saved on this device'), 'saved');
    const drafts = (await readStore('drafts')) as Array<{ data: { phase: string } }>;
    expect(drafts[0].data.phase).to.equal('outcome');
    el.remove();

    const again = await experimentAt(await endpoint());
    expect(shadow(again).querySelector('#phase')!.textContent).to.equal('Part 2 of 2: the outcome');
    expect(byLabel<HTMLTextAreaElement>(again, 'Outcome: what actually happened?').value).to.equal(
      'Halfway through writing',
    );
    button(again, 'View or change the plan').click();
    await waitFor(() => shadow(again).querySelector('.fields[aria-busy="false"] #targetBelief'), 'the plan');
    expect(byLabel<HTMLTextAreaElement>(again, 'Target belief: what').value).to.equal(
      'If I speak up, people will think I am stupid',
    );
    // The outcome typed so far is kept while the plan is open.
    await toOutcome(again);
    expect(byLabel<HTMLTextAreaElement>(again, 'Outcome: what actually happened?').value).to.equal(
      'Halfway through writing',
    );
  });

  it('keeps the first "I did it" time when the client goes back to the plan and on again', async () => {
    const days = (n: number) => n * 24 * 60 * 60 * 1000;
    let offset = 0;
    useClock({ now: () => Date.now() + offset });
    try {
      const el = await experimentAt(await endpoint());
      await fillPlan(el);
      offset = days(2);
      await toOutcome(el);
      offset = days(3);
      button(el, 'View or change the plan').click();
      await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #targetBelief'), 'the plan');
      await toOutcome(el);
      typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Fine');
      offset = days(4);
      button(el, 'Submit').click();
      const data = dataOf(await waitFor(async () => (await storedEntries())[0], 'the entry'));
      const daysAfterPlan = (at?: string) => Math.round((Date.parse(at!) - Date.parse(data.plannedAt!)) / days(1));
      expect(daysAfterPlan(data.planCompletedAt)).to.equal(2);
      expect(daysAfterPlan(data.outcomeRecordedAt)).to.equal(4);
    } finally {
      useClock();
    }
  });

  it('does not send a plan alone unless the assignment allows it', async () => {
    const el = await experimentAt(await endpoint());
    el.assignment = { id: 'a-strict', exercise: 'behavioural-experiment' };
    await el.updateComplete;
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #phase'), 'the form');
    await fillPlan(el);
    expect(shadow(el).textContent).not.to.contain('Looking back');
    // The plan step offers the way on, not a Submit that could only refuse.
    expect(() => button(el, 'Submit')).to.throw();
    expect(button(el, 'I did the experiment: record the outcome')).to.exist;
    expect(await readStore('outbox')).to.have.length(0);
    await toOutcome(el);
    expect(button(el, 'Submit').textContent).to.contain('Submit to my clinician');
    expect(shadow(el).textContent).to.contain('Looking back');
  });

  it('sends the plan alone, marked as such, when the assignment allows it', async () => {
    const el = await experimentAt(await endpoint());
    el.assignment = { id: 'a-plan-only', exercise: 'behavioural-experiment', allowPlanOnly: true };
    await el.updateComplete;
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #phase'), 'the form');
    await fillPlan(el);
    expect(shadow(el).textContent).to.contain('you can submit the plan as it is');
    // The self-review is offered with a plan that may go alone.
    expect(shadow(el).textContent).to.contain('Looking back');
    button(el, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the entry');
    const data = dataOf(entry);
    expect(data.phaseCompleted).to.equal('plan');
    expect(data.planCompletedAt).to.match(ISO_WITH_OFFSET);
    expect(data.outcomeRecordedAt).to.equal(undefined);
    expect(entry.assignmentId).to.equal('a-plan-only');
  });

  it('links a repeat of the same experiment to the earlier runs kept on this device', async () => {
    const el = await experimentAt(await endpoint());
    await fillPlan(el, 'People will laugh at me');
    await toOutcome(el);
    typeInto(byLabel(el, 'Outcome: what actually happened?'), 'Nobody laughed');
    typeInto(byLabel(el, 'Target belief now'), '50');
    button(el, 'Submit').click();
    // The server's record, not only a receipt: a delivery still in flight from the test before
    // may land a receipt in this test's fresh database.
    await waitFor(async () => (await storedEntries()).length === 1, 'the first run delivered');
    await waitFor(async () => (await readStore('receipts')).length >= 1, 'its receipt kept');
    const [first] = await storedEntries();

    // The second run: the same belief, written a little differently.
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #targetBelief'), 'a fresh plan');
    await fillPlan(el, 'people will laugh at me ');
    await toOutcome(el);
    await waitFor(() => shadow(el).textContent!.includes('Earlier runs of this experiment'), 'the earlier run listed');
    expect(shadow(el).querySelector('ul')!.textContent).to.contain('80 of 100 before, 50 of 100 after');
    typeInto(byLabel(el, 'Outcome: what actually happened?'), 'One smile, friendly');
    button(el, 'Submit').click();
    await waitFor(async () => (await storedEntries()).length === 2, 'the second run');
    const second = (await storedEntries()).find((e) => e.id !== first.id)!;
    expect(dataOf(second).previous).to.deep.equal([
      { entryId: first.id, beliefBefore: 80, beliefAfter: 50, completedAt: first.completedAt },
    ]);
  });

  it('offers hints for a survey when the client chooses that type', async () => {
    const el = await experimentAt(await endpoint());
    const survey = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="type"]')][1];
    survey.click();
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('Whom will I ask');
    expect(shadow(el).textContent).to.contain('What do I expect most people will say?');
    typeInto(byLabel(el, 'Target belief: what'), 'x');
    await waitFor(
      async () => ((await readStore('drafts'))[0] as { data?: { type: string } })?.data?.type === 'survey',
      'saved type',
    );
  });

  it("uses the clinician's wording from the assignment", async () => {
    const el = await experimentAt(await endpoint());
    el.assignment = {
      id: 'a-words',
      exercise: 'behavioural-experiment',
      overrides: {
        'be.target.hint': 'For you: the “they will see I am anxious” thought from our session.',
        'be.intro': 'This is for your family as much as for you.',
      },
    };
    await el.updateComplete;
    await waitFor(() => shadow(el).querySelector('.fields[aria-busy="false"] #phase'), 'the form');
    expect(shadow(el).textContent).to.contain('the “they will see I am anxious” thought from our session');
    expect(shadow(el).textContent).to.contain('This is for your family as much as for you.');
  });

  it('pre-fills an empty target belief from a thought and records where it came from', async () => {
    const el = await experimentAt(await endpoint());
    expect(await el.startFromThought('I always mess things up', 'tr-entry-1')).to.equal(true);
    await el.updateComplete;
    expect(byLabel<HTMLTextAreaElement>(el, 'Target belief: what').value).to.equal('I always mess things up');
    typeInto(byLabel(el, 'Experiment: what will I do?'), 'Cook for friends');
    await waitFor(() => statusText(el).includes('Saved'), 'saved');
    const drafts = (await readStore('drafts')) as Array<{ data: BehaviouralExperimentData }>;
    expect(drafts[0].data.fromThought).to.deep.equal({ text: 'I always mess things up', entryId: 'tr-entry-1' });
  });

  it('never replaces a target belief the client already wrote', async () => {
    const el = await experimentAt(await endpoint());
    typeInto(byLabel(el, 'Target belief: what'), 'My own words');
    await el.updateComplete;
    expect(await el.startFromThought('Another thought', 'tr-entry-2')).to.equal(false);
    await el.updateComplete;
    expect(byLabel<HTMLTextAreaElement>(el, 'Target belief: what').value).to.equal('My own words');
  });

  it('waits for the saved draft before pre-filling, so a host can call it at once', async () => {
    const url = await endpoint();
    const first = await experimentAt(url, 'early');
    typeInto(byLabel(first, 'Target belief: what'), 'Saved earlier');
    await waitFor(() => statusText(first).includes('Saved'), 'saved');
    first.remove();

    const el = document.createElement('hw-behavioural-experiment');
    el.endpoint = url;
    el.draftKey = 'early';
    document.body.append(el);
    try {
      // Called before the draft has loaded: the saved words must win.
      expect(await el.startFromThought('Too early')).to.equal(false);
      expect(byLabel<HTMLTextAreaElement>(el, 'Target belief: what').value).to.equal('Saved earlier');
    } finally {
      el.remove();
    }
  });

  it('lets a thought record hand its hot thought to an experiment', async () => {
    const url = await endpoint();
    const host = await fixture<HTMLElement>(
      html`<div>
        <hw-thought-record endpoint=${url} draft-key="tr" columns="3"></hw-thought-record>
        <hw-behavioural-experiment endpoint=${url} draft-key="be"></hw-behavioural-experiment>
      </div>`,
    );
    const record = host.querySelector<HwThoughtRecord>('hw-thought-record')!;
    const experiment = host.querySelector<HwBehaviouralExperiment>('hw-behavioural-experiment')!;
    // The host's wiring, as docs/elements.md shows it.
    const seen: HwTestThoughtEvent[] = [];
    host.addEventListener('hw-test-thought', (e) => {
      seen.push(e);
      void experiment.startFromThought(e.thought, e.sourceEntryId);
    });
    await waitFor(() => shadow(record).querySelector('.fields[aria-busy="false"] #situation'), 'the thought record');
    await waitFor(() => shadow(experiment).querySelector('.fields[aria-busy="false"] #phase'), 'the experiment');

    button(record, 'Add a thought').click();
    await record.updateComplete;
    expect(() => button(record, 'Test this thought'), 'no button without a hot thought in words').to.throw();
    typeInto(byLabel(record, 'Automatic thoughts: thought 1'), 'Nobody wants me there');
    await record.updateComplete;
    button(record, 'Test this thought').click();

    await waitFor(
      () => byLabel<HTMLTextAreaElement>(experiment, 'Target belief: what').value === 'Nobody wants me there',
      'the thought in the experiment',
    );
    expect(seen).to.have.length(1);
    expect(seen[0].bubbles && seen[0].composed).to.equal(true);

    // The source id is the id the thought record's entry gets when it is submitted.
    typeInto(byLabel(record, 'Situation'), 'Party invitation');
    button(record, 'Submit').click();
    const entry = await waitFor(async () => (await storedEntries())[0], 'the thought record entry');
    expect(entry.id).to.equal(seen[0].sourceEntryId);
  });

  it('downloads a calendar reminder for the planned local time', async () => {
    const el = await experimentAt(await endpoint());
    await fillPlan(el);
    expect(() => button(el, 'Add a reminder'), 'no reminder before a time is planned').to.throw();
    typeInto(byLabel(el, 'Experiment: when?'), '2026-12-01T18:30');
    typeInto(byLabel(el, 'Experiment: where?'), 'Office, room 3');
    await el.updateComplete;

    const clicked = new Promise<HTMLAnchorElement>((resolve) =>
      shadow(el).addEventListener('click', (e) => {
        const link = e.target as HTMLElement;
        if (link instanceof HTMLAnchorElement) {
          e.preventDefault(); // read the file here instead of saving it
          resolve(link);
        }
      }),
    );
    button(el, 'Add a reminder to my calendar').click();
    const link = await clicked;
    expect(link.download).to.equal('experiment.ics');
    expect(link.href).to.match(/^blob:/);
    const file = await (await fetch(link.href)).blob();
    expect(file.type).to.contain('text/calendar');
    const text = await file.text();
    const planned = new Date(2026, 11, 1, 18, 30);
    const utc = planned.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
    expect(text).to.contain(`\r\nDTSTART:${utc}\r\n`);
    expect(text).to.contain('LOCATION:Office\\, room 3');
    // The reminder holds the plan's what and where, never the belief or the prediction.
    expect(text).not.to.contain('stupid');
    expect(text).not.to.contain('smirk');
    expect(shadow(el).querySelector('a'), 'the temporary link is gone').to.equal(null);
  });
});
