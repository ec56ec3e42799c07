// French: "Discard this draft" (see ../en/discard.ts).
import type { ClientMessages } from '../en/index.js';

export const discard: Pick<
  ClientMessages,
  | 'draft.discard'
  | 'draft.discard.confirm'
  | 'draft.discard.yes'
  | 'draft.discard.no'
  | 'draft.kept'
  | 'draft.replaced'
  | 'draft.restoreEarlier'
> = {
  'draft.discard': 'Supprimer ce brouillon',
  'draft.discard.confirm':
    'Supprimer ce brouillon ? Tout ce que vous y avez écrit est effacé de cet appareil et ne pourra pas être récupéré. Ce qui a déjà été envoyé est conservé.',
  'draft.discard.yes': 'Supprimer le brouillon',
  'draft.discard.no': 'Le garder',
  'draft.kept':
    'Nous avons gardé ce que vous avez écrit ici le {date}. Cela reste sur cet appareil jusqu’à ce que vous l’envoyiez ou le supprimiez.',
  'draft.replaced':
    'Vous avez commencé à écrire avant le chargement de votre texte précédent. Ce que vous avez écrit est conservé ; vous pouvez rétablir le texte précédent à la place.',
  'draft.restoreEarlier': 'Rétablir le texte précédent',
};
