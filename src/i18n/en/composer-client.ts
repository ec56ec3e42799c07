// English messages of the composer's "for which client": the choice, how many times, and the
// chosen client's link and message after a save. All load with for-client.ts, after the
// composer's first render.
/** The composer's "for which client" and "how many times". */
export const composerClientMessages = {
  'composer.client': 'For which client',
  'composer.client.none': 'No client: save the assignment only',
  'composer.times': 'How many times (optional; for example check-ins before the next session)',
} as const;

/** The chosen client's link and message, after a save (loaded with it). */
export const composerLinkMessages = {
  'composer.client.link': 'Private link for {client}',
  'composer.client.message': 'Message to send them (in their language)',
  'composer.client.messageText': 'Here is your homework from our session: {link}',
  'composer.client.copyMessage': 'Copy message',
  'composer.client.linkFailed': 'The assignment is saved, but no link could be made: {message}',
} as const;
