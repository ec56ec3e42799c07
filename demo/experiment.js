// Host code of the demo experiment page: the clinician's assignment, and the thought
// record's "Test this thought" handed to the experiment. Text is set as text only.

const experiment = /** @type {any} */ (document.getElementById('experiment'));
const record = /** @type {HTMLElement} */ (document.getElementById('record'));
const handover = /** @type {HTMLElement} */ (document.getElementById('handover'));

experiment.assignment = {
  id: 'demo-experiment-1',
  exercise: 'behavioural-experiment',
  instructions: 'Pick one situation you would usually avoid this week. Plan it here first.',
  note: 'Keep it small. What you find out matters more than how it goes.',
  allowPlanOnly: true,
};

record.addEventListener('hw-test-thought', async (/** @type {any} */ event) => {
  const filled = await experiment.startFromThought(event.thought, event.sourceEntryId);
  handover.textContent = filled
    ? 'Your hot thought is now the target belief of your experiment.'
    : 'Your experiment already has a target belief, so it was left as you wrote it.';
  if (filled) experiment.scrollIntoView({ block: 'start' });
});
