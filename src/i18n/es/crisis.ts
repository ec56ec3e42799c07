// Spanish: "Need help now?" (see ../en/crisis.ts).
import type { ClientMessages } from '../en/index.js';

export const crisis: Pick<ClientMessages, 'crisis.title' | 'crisis.text' | 'crisis.notice'> = {
  'crisis.title': '¿Necesitas ayuda ahora?',
  'crisis.text':
    'Si estás en peligro o piensas en hacerte daño, llama ahora al número de emergencias de tu zona o ve al servicio de urgencias más cercano.',
  'crisis.notice':
    'Lo que escribes aquí no se lee en tiempo real: tu terapeuta lo verá en la próxima revisión, no antes.',
};
