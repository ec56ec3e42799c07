// French: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english> = {
  'load.failed':
    'Une partie de cet exercice n’a pas pu être chargée de façon sûre : il ne peut pas encore s’ouvrir. Ce qui est enregistré sur cet appareil est conservé.',
  'load.partial':
    'Une partie de cette page n’a pas pu être chargée de façon sûre (par exemple sa traduction). Ce que vous écrivez reste enregistré sur cet appareil.',
  'load.tryAgain': 'Réessayer',
  endpointCredentials: 'L’adresse du point de terminaison ne doit contenir ni nom d’utilisateur ni mot de passe.',
  assignmentSrcOrigin:
    'L’adresse du devoir doit être sur le même site que le point de terminaison, ou sur un site autorisé pour lui ({details}).',
};
