// English names of the composer's wording fields: what each message is on the client's
// screen, and the step it belongs to. Added with the wording list itself (wording.ts), after
// the composer's first paint, so the first load does not carry them.
export const composerWording = {
  'composer.wording.step': 'Step: {text}',
  'composer.wording.default': 'Default: {text}',
  'composer.wording.framing': 'Introduction for the chosen framing',
  'composer.wording.general': 'Throughout the exercise',
  'composer.wording.role.intro': 'Introduction at the top',
  'composer.wording.role.heading': 'Heading of this step',
  'composer.wording.role.prompt': 'Question the client answers',
  'composer.wording.role.hint': 'Hint or example under the question',
  'composer.wording.role.hintSurvey': 'Hint when the experiment asks other people (a survey)',
  'composer.wording.role.add': 'Button that adds one more',
  'composer.wording.role.remove': 'Button that removes one',
  'composer.wording.role.choice': 'One of the choices offered',
  'composer.wording.role.scalePoint': 'Words for one point of a scale',
  'composer.wording.role.countText': 'Words shown with a number',
  'composer.wording.role.text': 'Other words the client sees here',
} as const;
