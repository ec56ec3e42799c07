// French: "Need help now?" (see ../en/crisis.ts).
import type { ClientMessages } from '../en/index.js';

export const crisis: Pick<ClientMessages, 'crisis.title' | 'crisis.text' | 'crisis.notice'> = {
  'crisis.title': 'Besoin d’aide maintenant ?',
  'crisis.text':
    'Si vous êtes en danger ou pensez à vous faire du mal, appelez dès maintenant le numéro d’urgence local ou rendez-vous aux urgences les plus proches.',
  'crisis.notice':
    'Ce que vous écrivez ici n’est pas lu en temps réel : votre thérapeute le verra lors de votre prochain point, pas avant.',
};
