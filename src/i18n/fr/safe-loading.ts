// French: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentOrigins } from '../en/assignment-origins.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentOrigins> = {
  'load.failed':
    'Une partie de cet exercice n’a pas pu être chargée de façon sûre. Votre travail enregistré est conservé.',
  'load.partial': 'Une partie de cette page (par exemple sa traduction) n’a pas pu être chargée de façon sûre.',
  'load.tryAgain': 'Réessayer',
  endpointCredentials: 'Le point de terminaison ne doit contenir ni nom d’utilisateur ni mot de passe.',
  assignmentSrcOrigin:
    'L’adresse du devoir ({details}) doit être sur le site du point de terminaison ou sur un site autorisé pour lui.',
};
