// The English catalogue: the source every other locale must match key for key.
// `{name}` placeholders are filled by `format`; plural keys end in `.one` / `.other` etc.
export const en = {
  // Status, shared by every widget
  'status.loading': 'Opening your saved work…',
  'status.saving': 'Saving on this device…',
  'status.saved': 'Saved on this device',
  'status.sending': 'Sending…',
  'status.sent': 'Sent to your clinician',
  'status.willSend': 'Saved on this device. It will be sent when you are online.',
  'status.retrying': 'Saved on this device. Not sent yet: the server could not be reached. Trying again {time}.',
  'status.authRequired': 'Saved on this device. Not sent yet: please sign in again.',
  'status.rejected': 'Not accepted by the server: {message}',
  'status.noEndpoint': 'Saved on this device. No address to send it to is set up.',
  'status.waiting.one': '{count} entry is waiting to be sent.',
  'status.waiting.other': '{count} entries are waiting to be sent.',
  'status.submitted': 'Submitted. You can start a new one below.',
  'action.retry': 'Try sending again',

  // Storage problems
  storageUnavailable:
    'This browser cannot save your work on this device (storage is unavailable). Keep this page open until it is sent.',
  storageTimeout: 'Saving on this device is not responding. Your work is kept only while this page is open.',
  storageFull:
    'This device’s storage is full. Your text is still here, but it is not saved. Free some space or send it now.',
  storageOutdated: 'A newer version of this page is open in another tab. Reload this page to keep saving.',
  storageFailed: 'Your work could not be saved on this device. Your text is still here.',

  // Configuration problems
  'config.title': 'This exercise is not set up correctly',
  'config.help': 'Nothing has been sent. Please tell the person who gave you this link.',
  endpointInvalid: 'The endpoint is not a valid address.',
  endpointScheme: 'The endpoint must be an https address.',
  endpointInsecure: 'The endpoint must use https (plain http is only allowed on this computer, for testing).',
  credentialsInvalid: 'The credentials setting must be "omit", "same-origin" or "include".',
  timeoutInvalid: 'The timeout must be a number of milliseconds, at least 1000.',
  authInvalid: 'getAuthHeaders must be a function.',
  assignmentInvalid: 'The assignment is not valid: {details}',
  assignmentWrongExercise: 'This assignment is for a different exercise ({exercise}).',
  columnsInvalid: 'Columns must be 3, 5 or 7.',

  // Form problems
  'problem.title': 'Before you submit:',
  situationMissing: 'Situation: please describe what happened.',
  moodNameMissing: 'Moods: each mood needs a word, or remove it.',
  thoughtTextMissing: 'Automatic thoughts: each thought needs some words, or remove it.',
  fieldTooLong: 'This text is too long (at most {max} characters). The rest was not kept.',

  // Assignment header
  'assignment.due': 'Due {date}',
  'assignment.note': 'A note from your clinician',

  // Thought record
  'tr.title': 'Thought record',
  'tr.intro': 'You can stop after any step: everything you type is kept on this device.',
  'tr.step': 'Step {number} of {total}',
  'tr.situation.label': 'Situation: who, what, when, where?',
  'tr.situation.hint': 'Describe what happened as a camera would have seen it.',
  'tr.moods.legend': 'Moods',
  'tr.moods.hint': 'One word for each mood, and how strong it was (0-100).',
  'tr.moods.name': 'Moods: word for mood {number}',
  'tr.moods.intensity': 'Moods: how strong was mood {number}? (0-100)',
  'tr.moods.add': 'Add a mood',
  'tr.moods.remove': 'Remove mood {number}',
  'tr.thoughts.legend': 'Automatic thoughts',
  'tr.thoughts.hint':
    'What was going through my mind just before I started to feel this way? What does this say about me or my future? What am I afraid might happen?',
  'tr.thoughts.text': 'Automatic thoughts: thought {number}',
  'tr.thoughts.hot': 'Automatic thoughts: thought {number} is my hot thought',
  'tr.thoughts.add': 'Add a thought',
  'tr.thoughts.remove': 'Remove thought {number}',
  'tr.distortions.legend': 'Automatic thoughts: thinking patterns I notice (optional)',
  'tr.evidenceFor.label': 'Evidence that supports the hot thought',
  'tr.evidenceFor.hint': 'Facts, not interpretations.',
  'tr.evidenceAgainst.label': 'Evidence that does not support the hot thought',
  'tr.evidenceAgainst.hint': 'Has anything happened that shows this is not completely true?',
  'tr.balanced.label': 'Balanced thought: a different way of seeing it',
  'tr.balanced.hint': 'Taking all the evidence into account, what is a fairer way to see this?',
  'tr.balanced.belief': 'Balanced thought: how much do I believe it? (0-100)',
  'tr.rerate.legend': 'Re-rate moods',
  'tr.rerate.hint': 'How strong is each mood now? (0-100)',
  'tr.rerate.intensity': 'Re-rate moods: {mood} now (0-100)',
  'tr.rerate.empty': 'Add moods in the Moods step to re-rate them here.',
  'tr.hotThought': 'Hot thought',

  'distortion.all-or-nothing': 'All-or-nothing thinking',
  'distortion.overgeneralisation': 'Overgeneralisation',
  'distortion.mental-filter': 'Mental filter',
  'distortion.disqualifying-the-positive': 'Disqualifying the positive',
  'distortion.jumping-to-conclusions': 'Jumping to conclusions',
  'distortion.magnification-minimisation': 'Magnification or minimisation',
  'distortion.emotional-reasoning': 'Emotional reasoning',
  'distortion.should-statements': 'Should statements',
  'distortion.labelling': 'Labelling',
  'distortion.personalisation': 'Personalisation',

  // Self-review (every exercise ends with it)
  'review.legend': 'Looking back (optional)',
  'review.effort': 'Effort: how much effort did I put in?',
  'review.usefulness': 'Usefulness: how useful was this for me?',
  'review.difficulty': 'Difficulty: how hard was it?',
  'review.scale.0': 'None',
  'review.scale.4': 'A lot',
  'review.rating': '{value} of 4',
  'review.obstacles': 'Obstacles: what got in the way?',
  'obstacle.forgot': 'I forgot',
  'obstacle.too-big': 'It felt too big',
  'obstacle.unclear': 'It was unclear',
  'obstacle.did-not-fit': 'It did not fit my situation',
  'obstacle.avoided': 'I put it off',
  'obstacle.other': 'Something else',
  'review.reflection': 'What I take from this (one line)',

  'rating.valueText': '{value} of {max}',
  'action.submit': 'Submit to my clinician',
  'action.submitting': 'Submitting…',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
