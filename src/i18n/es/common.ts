// Spanish messages every widget uses.
import type { Catalogue } from '../catalogue-types.js';
import type { common as english } from '../en/common.js';
import type { formMessages } from '../en/form.js';
import type { selfReviewMessages } from '../en/self-review.js';
import type { storageMessages } from '../en/storage-messages.js';

export const common: Catalogue<
  typeof english & typeof storageMessages & typeof selfReviewMessages & typeof formMessages
> = {
  'status.loading': 'Abriendo tu trabajo guardado…',
  'status.saving': 'Guardando en este dispositivo…',
  'status.saved': 'Guardado en este dispositivo',
  'status.sending': 'Enviando…',
  'status.sent': 'Enviado a tu terapeuta',
  'status.willSend': 'Guardado en este dispositivo. Se enviará cuando tengas conexión.',
  'status.retrying':
    'Guardado en este dispositivo. Aún no se ha enviado: no se pudo conectar con el servidor. Se volverá a intentar {time}.',
  'status.retryingServer':
    'Guardado en este dispositivo. Aún no se ha enviado: el servidor está ocupado o tuvo un problema. Se volverá a intentar {time}.',
  'status.authRequired': 'Guardado en este dispositivo. Aún no se ha enviado: vuelve a iniciar sesión, por favor.',
  'status.linkEnded':
    'Guardado en este dispositivo. No se ha enviado: este enlace ya no funciona. Pide a tu terapeuta un enlace nuevo; lo que escribiste sigue aquí.',
  'status.rejected': 'El servidor no lo aceptó: {message}',
  'status.rejectedKept':
    'Tus respuestas se guardan en este dispositivo. No se envía nada más; cuéntale a tu terapeuta lo que dice este mensaje.',
  'status.noEndpoint': 'Guardado en este dispositivo. No hay ninguna dirección configurada a la que enviarlo.',
  'status.waiting.one': 'Hay {count} entrada pendiente de envío.',
  'status.waiting.other': 'Hay {count} entradas pendientes de envío.',
  'submitted.title': 'Enviado. Gracias por hacerlo.',
  'submitted.rating': '{name}: {value}',
  'submitted.change': '{name}: {before} → {after}',
  'submitted.mood': 'Estado de ánimo',
  'submitted.again': 'Empezar otro',
  'old.draft': 'Empezaste esto el {date} y no lo has cambiado desde entonces. ¿Lo guardas o lo descartas?',
  'old.refused':
    'El servidor no aceptó una entrada del {date} ({message}). Sigue guardada en este dispositivo. ¿La guardas o la descartas?',
  'old.keep': 'Guardarlo',
  'old.discard': 'Descartarlo',
  'action.retry': 'Intentar enviar de nuevo',
  storageUnavailable:
    'Este navegador no puede guardar tu trabajo en este dispositivo (el almacenamiento no está disponible). Mantén esta página abierta hasta que se envíe.',
  storageTimeout:
    'El guardado en este dispositivo no responde. Tu trabajo solo se conserva mientras esta página esté abierta.',
  storageFull:
    'El almacenamiento de este dispositivo está lleno. Tu texto sigue aquí, pero no está guardado. Libera algo de espacio o envíalo ahora.',
  storageOutdated:
    'Hay una versión más reciente de esta página abierta en otra pestaña. Vuelve a cargar esta página para seguir guardando.',
  storageCleared:
    'Este dispositivo ya no tiene el trabajo que guardaste aquí antes. Si se borraron los datos del sitio en este navegador, lo que aún no se había enviado puede haberse perdido.',
  storageFailed: 'No se pudo guardar tu trabajo en este dispositivo. Tu texto sigue aquí.',
  'config.title': 'Este ejercicio no está bien configurado',
  'config.help': 'No se ha enviado nada. Por favor, avisa a la persona que te dio este enlace.',
  endpointInvalid: 'El endpoint no es una dirección válida.',
  endpointScheme: 'El endpoint debe ser una dirección https.',
  endpointInsecure: 'El endpoint debe usar https (http sin cifrar solo se permite en este equipo, para hacer pruebas).',
  formatInvalid: 'El formato debe ser "native" o "fhir".',
  credentialsInvalid: 'La opción credentials debe ser "omit", "same-origin" o "include".',
  timeoutInvalid: 'El tiempo de espera (timeout) debe ser un número de milisegundos, como mínimo 1000.',
  encryptionUnavailable: 'Este navegador no puede cifrar los borradores aquí (el cifrado necesita una página https).',
  authInvalid: 'getAuthHeaders debe ser una función.',
  assignmentInvalid: 'La tarea asignada no es válida: {details}',
  assignmentWrongExercise: 'Esta tarea es para otro ejercicio ({exercise}).',
  'problem.title': 'Antes de enviar:',
  fieldTooLong: 'Este texto es demasiado largo (máximo {max} caracteres). El resto no se ha guardado.',
  'assignment.due': 'Fecha de entrega: {date}',
  'assignment.note': 'Una nota de tu terapeuta',
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
  'rating.notRated': 'Sin valorar todavía',
  'rating.rate': 'Valorar',
  'rating.valueText': '{value} de {max}',
  'action.submit': 'Enviar a mi terapeuta',
  'action.submitting': 'Enviando…',
};
