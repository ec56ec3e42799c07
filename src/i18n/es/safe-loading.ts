// Spanish: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentOrigins } from '../en/assignment-origins.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentOrigins> = {
  'load.failed': 'Una parte de este ejercicio no se pudo cargar de forma segura. Tu trabajo guardado se conserva.',
  'load.partial': 'Una parte de esta página (como su traducción) no se pudo cargar de forma segura.',
  'load.tryAgain': 'Intentar de nuevo',
  endpointCredentials: 'El endpoint no debe contener un nombre de usuario ni una contraseña.',
  assignmentSrcOrigin:
    'La dirección de la tarea ({details}) debe estar en el sitio del endpoint o en uno permitido para él.',
};
