// Spanish: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english> = {
  'load.failed':
    'Una parte de este ejercicio no se pudo cargar de forma segura, así que aún no se puede abrir. Lo guardado en este dispositivo se conserva.',
  'load.partial':
    'Una parte de esta página no se pudo cargar de forma segura (por ejemplo, su traducción). Lo que escribas se sigue guardando en este dispositivo.',
  'load.tryAgain': 'Intentar de nuevo',
  endpointCredentials: 'La dirección del endpoint no debe contener un nombre de usuario ni una contraseña.',
  assignmentSrcOrigin:
    'La dirección de la tarea debe estar en el mismo sitio que el endpoint, o en un sitio permitido para él ({details}).',
};
