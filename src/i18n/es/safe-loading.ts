// Spanish: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentFetch } from '../en/assignment-fetch.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentFetch> = {
  'load.failed': 'Una parte de este ejercicio no se pudo cargar de forma segura. Tu trabajo guardado se conserva.',
  'load.tryAgain': 'Intentar de nuevo',
  endpointCredentials: 'El endpoint no debe contener un nombre de usuario ni una contraseña.',
  assignmentSrcInvalid: 'La dirección de la tarea debe ser una dirección https.',
  assignmentSrcRefused: 'No se pudo cargar la tarea (el servidor respondió {details}).',
  assignmentSrcOrigin:
    'La dirección de la tarea ({details}) debe estar en el sitio del endpoint o en uno permitido para él.',
};
