// French: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentFetch } from '../en/assignment-fetch.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentFetch> = {
  'load.failed':
    'Une partie de cet exercice n’a pas pu être chargée de façon sûre. Votre travail enregistré est conservé.',
  'load.tryAgain': 'Réessayer',
  endpointCredentials: 'Le point de terminaison ne doit contenir ni nom d’utilisateur ni mot de passe.',
  assignmentSrcInvalid: 'L’adresse du devoir doit être une adresse https.',
  assignmentSrcRefused: 'Le devoir n’a pas pu être chargé (le serveur a répondu {details}).',
  assignmentSrcOrigin:
    'L’adresse du devoir ({details}) doit être sur le site du point de terminaison ou sur un site autorisé pour lui.',
};
