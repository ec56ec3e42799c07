// Spanish catalogue: the widgets’ text for Spanish-speaking clients, key for key with `en`.
import type { Messages } from './en.js';

export const es: Messages = {
  // Status, shared by every widget
  'status.loading': 'Abriendo tu trabajo guardado…',
  'status.saving': 'Guardando en este dispositivo…',
  'status.saved': 'Guardado en este dispositivo',
  'status.sending': 'Enviando…',
  'status.sent': 'Enviado a tu terapeuta',
  'status.willSend': 'Guardado en este dispositivo. Se enviará cuando tengas conexión.',
  'status.retrying':
    'Guardado en este dispositivo. Aún no se ha enviado: no se pudo conectar con el servidor. Se volverá a intentar {time}.',
  'status.authRequired': 'Guardado en este dispositivo. Aún no se ha enviado: vuelve a iniciar sesión, por favor.',
  'status.rejected': 'El servidor no lo aceptó: {message}',
  'status.noEndpoint': 'Guardado en este dispositivo. No hay ninguna dirección configurada a la que enviarlo.',
  'status.waiting.one': 'Hay {count} entrada pendiente de envío.',
  'status.waiting.other': 'Hay {count} entradas pendientes de envío.',
  'status.submitted': 'Enviado. Puedes empezar otro a continuación.',
  'action.retry': 'Intentar enviar de nuevo',

  // Storage problems
  storageUnavailable:
    'Este navegador no puede guardar tu trabajo en este dispositivo (el almacenamiento no está disponible). Mantén esta página abierta hasta que se envíe.',
  storageTimeout:
    'El guardado en este dispositivo no responde. Tu trabajo solo se conserva mientras esta página esté abierta.',
  storageFull:
    'El almacenamiento de este dispositivo está lleno. Tu texto sigue aquí, pero no está guardado. Libera algo de espacio o envíalo ahora.',
  storageOutdated:
    'Hay una versión más reciente de esta página abierta en otra pestaña. Vuelve a cargar esta página para seguir guardando.',
  storageFailed: 'No se pudo guardar tu trabajo en este dispositivo. Tu texto sigue aquí.',

  // Configuration problems
  'config.title': 'Este ejercicio no está bien configurado',
  'config.help': 'No se ha enviado nada. Por favor, avisa a la persona que te dio este enlace.',
  endpointInvalid: 'El endpoint no es una dirección válida.',
  endpointScheme: 'El endpoint debe ser una dirección https.',
  endpointInsecure: 'El endpoint debe usar https (http sin cifrar solo se permite en este equipo, para hacer pruebas).',
  credentialsInvalid: 'La opción credentials debe ser "omit", "same-origin" o "include".',
  timeoutInvalid: 'El tiempo de espera (timeout) debe ser un número de milisegundos, como mínimo 1000.',
  authInvalid: 'getAuthHeaders debe ser una función.',
  assignmentInvalid: 'La tarea asignada no es válida: {details}',
  assignmentWrongExercise: 'Esta tarea es para otro ejercicio ({exercise}).',
  columnsInvalid: 'El número de columnas debe ser 3, 5 o 7.',

  // Form problems
  'problem.title': 'Antes de enviar:',
  situationMissing: 'Situación: por favor, describe lo que pasó.',
  moodNameMissing: 'Estados de ánimo: cada estado de ánimo necesita una palabra; si no, quítalo.',
  thoughtTextMissing: 'Pensamientos automáticos: cada pensamiento necesita algunas palabras; si no, quítalo.',
  fieldTooLong: 'Este texto es demasiado largo (máximo {max} caracteres). El resto no se ha guardado.',

  // Assignment header
  'assignment.due': 'Fecha de entrega: {date}',
  'assignment.note': 'Una nota de tu terapeuta',

  // Thought record
  'tr.title': 'Registro de pensamientos',
  'tr.intro': 'Puedes parar después de cualquier paso: todo lo que escribas se guarda en este dispositivo.',
  'tr.step': 'Paso {number} de {total}',
  'tr.situation.label': 'Situación: ¿quién, qué, cuándo, dónde?',
  'tr.situation.hint': 'Describe lo que pasó tal como lo habría grabado una cámara.',
  'tr.moods.legend': 'Estados de ánimo',
  'tr.moods.hint': 'Una palabra para cada estado de ánimo y qué intensidad tenía (0-100).',
  'tr.moods.name': 'Estados de ánimo: palabra para el estado de ánimo {number}',
  'tr.moods.intensity': 'Estados de ánimo: ¿qué intensidad tenía el estado de ánimo {number}? (0-100)',
  'tr.moods.add': 'Añadir un estado de ánimo',
  'tr.moods.remove': 'Quitar el estado de ánimo {number}',
  'tr.thoughts.legend': 'Pensamientos automáticos',
  'tr.thoughts.hint':
    '¿Qué me pasaba por la cabeza justo antes de empezar a sentirme así? ¿Qué dice esto de mí o de mi futuro? ¿Qué temo que pueda pasar?',
  'tr.thoughts.text': 'Pensamientos automáticos: pensamiento {number}',
  'tr.thoughts.hot': 'Pensamientos automáticos: el pensamiento {number} es mi pensamiento candente',
  'tr.thoughts.add': 'Añadir un pensamiento',
  'tr.thoughts.remove': 'Quitar el pensamiento {number}',
  'tr.distortions.legend': 'Pensamientos automáticos: patrones de pensamiento que noto (opcional)',
  'tr.evidenceFor.label': 'Evidencia que apoya el pensamiento candente',
  'tr.evidenceFor.hint': 'Hechos, no interpretaciones.',
  'tr.evidenceAgainst.label': 'Evidencia que no apoya el pensamiento candente',
  'tr.evidenceAgainst.hint': '¿Ha pasado algo que muestre que esto no es del todo cierto?',
  'tr.balanced.label': 'Pensamiento equilibrado: otra forma de verlo',
  'tr.balanced.hint': 'Teniendo en cuenta toda la evidencia, ¿cuál sería una forma más justa de verlo?',
  'tr.balanced.belief': 'Pensamiento equilibrado: ¿cuánto me lo creo? (0-100)',
  'tr.rerate.legend': 'Volver a valorar los estados de ánimo',
  'tr.rerate.hint': '¿Qué intensidad tiene ahora cada estado de ánimo? (0-100)',
  'tr.rerate.intensity': 'Volver a valorar los estados de ánimo: {mood} ahora (0-100)',
  'tr.rerate.empty': 'Añade estados de ánimo en el paso “Estados de ánimo” para volver a valorarlos aquí.',
  'tr.hotThought': 'Pensamiento candente',

  'distortion.all-or-nothing': 'Pensamiento de todo o nada',
  'distortion.overgeneralisation': 'Sobregeneralización',
  'distortion.mental-filter': 'Filtro mental',
  'distortion.disqualifying-the-positive': 'Descalificar lo positivo',
  'distortion.jumping-to-conclusions': 'Sacar conclusiones precipitadas',
  'distortion.magnification-minimisation': 'Magnificación o minimización',
  'distortion.emotional-reasoning': 'Razonamiento emocional',
  'distortion.should-statements': 'Afirmaciones con “debería”',
  'distortion.labelling': 'Etiquetado',
  'distortion.personalisation': 'Personalización',

  // Self-review (every exercise ends with it)
  'review.legend': 'Mirando hacia atrás (opcional)',
  'review.effort': 'Esfuerzo: ¿cuánto esfuerzo puse?',
  'review.usefulness': 'Utilidad: ¿cuánto me sirvió?',
  'review.difficulty': 'Dificultad: ¿cuánto me costó?',
  'review.scale.0': 'Nada',
  'review.scale.4': 'Mucho',
  'review.rating': '{value} de 4',
  'review.obstacles': 'Obstáculos: ¿qué me lo puso difícil?',
  'obstacle.forgot': 'Se me olvidó',
  'obstacle.too-big': 'Me pareció demasiado grande',
  'obstacle.unclear': 'No estaba claro',
  'obstacle.did-not-fit': 'No encajaba con mi situación',
  'obstacle.avoided': 'Lo fui dejando para más tarde',
  'obstacle.other': 'Otra cosa',
  'review.reflection': 'Lo que me llevo de esto (en una línea)',

  'rating.valueText': '{value} de {max}',
  'action.submit': 'Enviar a mi terapeuta',
  'action.submitting': 'Enviando…',
};
