// French: a full disk at submit and after delivery (see en/device-storage.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { deviceStorage as english } from '../en/device-storage.js';

export const deviceStorage: Catalogue<typeof english> = {
  'device.sendingUnsaved': 'Non enregistré sur cet appareil (son stockage est plein) : envoi en cours…',
  'device.unsentCopy':
    'Non enregistré sur cet appareil, et l’envoi a échoué. Copiez vos réponses pour ne pas les perdre, puis réessayez.',
  'device.answers': 'Vos réponses',
  'device.copy': 'Copier vos réponses',
  'device.copied': 'Copié.',
  'device.deliveredNotRecorded':
    'Envoyé à votre thérapeute. Le stockage de cet appareil est plein : il n’a pas pu en garder la trace. Libérez de l’espace.',
};
