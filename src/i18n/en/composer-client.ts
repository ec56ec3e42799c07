// English messages of the composer's "for which client": the choice, how many times, and the
// chosen client's link and message after a save. All load with for-client.ts, after the
// composer's first render.
/** The composer's "for which client" and "how many times". */
export const composerClientMessages = {
  'composer.client': 'For which client',
  'composer.client.none': 'No client: save the assignment only',
  'composer.times': 'How many times (optional; for example check-ins before the next session)',
  // A mood check-in's threshold for "Need help now?".
  'composer.help': 'At or below this mood, “Need help now?” comes forward',
  'composer.help.hint':
    'The crisis help always comes forward at the lowest step of the scale; you can raise that, not switch it off. Nobody is alerted: the client sees the practice’s crisis text.',
  'composer.help.lowest': '{step} (the lowest step, default)',
  'composer.help.valence.-3': 'Very unpleasant',
  'composer.help.valence.-2': 'Unpleasant',
  'composer.help.valence.-1': 'Slightly unpleasant',
  'composer.help.valence.0': 'Neither pleasant nor unpleasant',
} as const;

/** The chosen client's link and message, after a save (loaded with it). */
export const composerLinkMessages = {
  'composer.client.link': 'Private link for {client}',
  'composer.client.message': 'Message to send them (in their language)',
  'composer.client.messageText': 'Here is your homework from our session: {link}',
  'composer.client.copyMessage': 'Copy message',
  'composer.client.linkFailed': 'The assignment is saved, but no link could be made: {message}',
} as const;
