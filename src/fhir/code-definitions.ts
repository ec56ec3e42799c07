// What each code of our CodeSystems means, for whoever reads a response, an Observation or a
// Task without the widget at hand: an EHR's terminology view, an integrator, an auditor.
// Every code is something the client (or the clinician, or the endpoint) gave or said, never
// a finding about the client: the definitions say so. Written here, not taken from the UI
// catalogue, so rewording the widget does not change a published CodeSystem.

/** By CodeSystem id, then code. A code without a definition fails test/server/fhir.test.mjs. */
export const CODE_DEFINITIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  distortion: {
    'all-or-nothing': 'Seeing a situation in only two categories, all good or all bad, with nothing in between.',
    overgeneralisation: 'Taking one negative event as proof of a pattern that will always repeat.',
    'mental-filter': 'Attending only to what went wrong and leaving out the rest of the situation.',
    'disqualifying-the-positive': 'Treating positive experiences or achievements as if they did not count.',
    'jumping-to-conclusions':
      'Concluding what others think (mind reading) or what will happen (fortune telling) without the facts to support it.',
    'magnification-minimisation': 'Making problems or mistakes larger, or strengths smaller, than they are.',
    'emotional-reasoning': 'Taking a feeling as evidence that something is true.',
    'should-statements': 'Rigid rules about what oneself or others "should" or "must" do.',
    labelling: 'Giving oneself or another person a global, harsh label after a single event.',
    personalisation: 'Holding oneself responsible for events that were not only, or not at all, in one’s control.',
  },
  'experiment-phase': {
    plan: 'The experiment was sent with its plan (prediction, experiment, safety behaviours, obstacles) only; the outcome is still to come.',
    outcome: 'The experiment was sent after it was carried out, with its outcome and what the client learned.',
  },
  'experiment-type': {
    hypothesis: 'An experiment that tests a prediction the client made by carrying something out.',
    survey: 'An experiment that gathers other people’s views, for example by asking them a question.',
  },
  'mood-scale': {
    '0-10': 'Mood rated by the client from 0 (very low) to 10 (very good).',
    '0-100': 'Mood rated by the client from 0 (very low) to 100 (very good).',
    valence: 'Mood chosen by the client on seven steps, from -3 (very unpleasant) to +3 (very pleasant).',
  },
  observation: {
    'mood-0-10': 'The mood the client gave in a check-in, on the 0-10 scale.',
    'mood-0-100': 'The mood the client gave in a check-in, on the 0-100 scale.',
    'mood-valence': 'The mood the client gave in a check-in, from -3 (very unpleasant) to +3 (very pleasant).',
    'sleep-hours': 'The hours of sleep the client reported for the night before the check-in.',
    'sleep-quality': 'How well the client said they slept, from 0 (very badly) to 4 (very well).',
    'activity-mastery': 'How much of a sense of achievement the client gave an activity, from 0 to 10.',
    'activity-pleasure': 'How much enjoyment the client gave an activity, from 0 to 10.',
    'balanced-belief': 'How strongly, from 0 to 100, the client believed the balanced thought they wrote.',
    'target-belief-before':
      'How strongly, from 0 to 100, the client believed the belief under test before the experiment.',
    'target-belief-after':
      'How strongly, from 0 to 100, the client believed the belief under test after the experiment.',
    'alternative-belief-before':
      'How strongly, from 0 to 100, the client believed the alternative belief before the experiment.',
    'alternative-belief-after':
      'How strongly, from 0 to 100, the client believed the alternative belief after the experiment.',
  },
  obstacle: {
    forgot: 'The client said they forgot the homework.',
    'too-big': 'The client said the homework felt too big to do.',
    unclear: 'The client said the homework was unclear to them.',
    'did-not-fit': 'The client said the homework did not fit their situation.',
    avoided: 'The client said they put the homework off.',
    other: 'The client said something else got in the way.',
  },
  problem: {
    'credential-required': 'The request carried no credential: no session, client link or API token.',
    'credential-invalid': 'The credential sent is not one the endpoint knows.',
    'link-revoked': 'The client’s link was withdrawn by their clinician; the client needs a new link.',
    'link-expired': 'The client’s link is past its expiry date; the client needs a new link.',
    'token-revoked': 'The API token was revoked.',
    forbidden: 'The credential is valid but not allowed to do this (for example, a client link reading entries).',
    throttled: 'Too many attempts in a short time; the same request may succeed later.',
  },
  'task-input': {
    assignment: 'The whole assignment, as the homework-elements JSON an element reads (valueString).',
    wording: 'The clinician’s own wording for one prompt, hint or example, by its key (valueString).',
  },
};

/** Emotions are the words a client picks; each code defines itself the same way. */
export function emotionDefinition(display: string): string {
  return `The client picked the word "${display}" for how they felt: their own report, not a clinical finding.`;
}
