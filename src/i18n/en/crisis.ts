// "Need help now?", shown by every client widget (crisis-help.ts). Built into every bundle
// with the rest of the shared English, so it shows even when no other file can load. No
// phone number: the client's language is not their country.
export const crisis = {
  'crisis.title': 'Need help now?',
  'crisis.text':
    'If you are in danger or might harm yourself, call your local emergency number or go to the nearest emergency department now.',
  'crisis.notice': 'Nobody reads what you write here in real time: your clinician sees it at your next review.',
} as const;
