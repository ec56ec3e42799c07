// French: what the thinking patterns mean (see ../en/thinking-patterns.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { thinkingPatterns as english } from '../en/thinking-patterns.js';

export const thinkingPatterns: Catalogue<typeof english> = {
  'patterns.help': 'Que veulent-ils dire ?',
  'patterns.all-or-nothing':
    'Voir les choses comme entièrement bonnes ou entièrement mauvaises, sans rien entre les deux.',
  'patterns.overgeneralisation': 'Prendre un seul événement négatif comme la preuve que ce sera toujours ainsi.',
  'patterns.mental-filter': 'Ne remarquer que ce qui a mal tourné et oublier le reste.',
  'patterns.disqualifying-the-positive': 'Décider que les bonnes choses ne comptent pas.',
  'patterns.jumping-to-conclusions': 'Décider de ce que les autres pensent, ou de ce qui va arriver, sans preuves.',
  'patterns.magnification-minimisation':
    'Rendre les problèmes plus grands, ou ses forces plus petites, qu’ils ne le sont.',
  'patterns.emotional-reasoning': 'Croire qu’une chose est vraie parce que je la ressens ainsi.',
  'patterns.should-statements': 'Des règles strictes sur ce que je « devrais » ou « dois » faire.',
  'patterns.labelling':
    'Me donner, ou donner aux autres, une étiquette dure, comme « un échec », après un seul événement.',
  'patterns.personalisation': 'Me reprocher des choses qui ne dépendaient pas seulement de moi.',
};
