// Spanish: what the thinking patterns mean (see ../en/thinking-patterns.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { thinkingPatterns as english } from '../en/thinking-patterns.js';

export const thinkingPatterns: Catalogue<typeof english> = {
  'patterns.help': '¿Qué significan?',
  'patterns.all-or-nothing': 'Ver las cosas como del todo buenas o del todo malas, sin nada en medio.',
  'patterns.overgeneralisation': 'Tomar una mala experiencia como prueba de que siempre será así.',
  'patterns.mental-filter': 'Fijarme solo en lo que salió mal y pasar por alto el resto.',
  'patterns.disqualifying-the-positive': 'Decidir que lo bueno no cuenta.',
  'patterns.jumping-to-conclusions': 'Dar por hecho lo que otros piensan, o lo que va a pasar, sin pruebas.',
  'patterns.magnification-minimisation':
    'Hacer los problemas más grandes, o las fortalezas más pequeñas, de lo que son.',
  'patterns.emotional-reasoning': 'Creer que algo es verdad porque así lo siento.',
  'patterns.should-statements': 'Reglas estrictas sobre lo que «debería» o «tengo que» hacer.',
  'patterns.labelling': 'Ponerme a mí o a otros una etiqueta dura, como «un fracaso», por un solo hecho.',
  'patterns.personalisation': 'Culparme de cosas que no dependían solo de mí.',
};
