// Spanish messages of the assignment composer and of what it adds to the client widgets.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentClient as englishClient, assignmentComposer as english } from '../en/assignment-composer.js';
import type { assignmentWords } from '../en/assignment-words.js';
import type { composerWording as englishWording } from '../en/composer-wording.js';

export const assignmentClient: Catalogue<typeof englishClient & typeof assignmentWords> = {
  'framing.self-improvement':
    'Este ejercicio es para ti: una forma de entender tus reacciones y desarrollar habilidades que te ayuden.',
  'framing.family':
    'Este ejercicio puede ayudarte a ti y a las personas cercanas: entender tus reacciones te ayuda a cuidar de tu familia y le permite a ella apoyarte.',
  'framing.community':
    'Este ejercicio puede ayudarte a ti y a tu comunidad: lo que aprendas aquí puede fortalecer la forma en que apoyas a otros y te apoyan.',
  'preview.note': 'Vista previa: esto es lo que verá tu cliente. Desde aquí no se guarda ni se envía nada.',
  assignmentSrcUnreachable:
    'No se pudo cargar la tarea: no se pudo conectar con el servidor. Recarga la página para intentarlo de nuevo.',
};

export const assignmentComposer: Catalogue<typeof english> = {
  'composer.title': 'Nueva tarea',
  'composer.titleEditing': 'Editar tarea',
  'composer.intro': 'Elige un ejercicio, hazlo concreto y adáptalo a tu cliente. La vista previa muestra lo que verá.',
  'composer.exercise': 'Ejercicio',
  'composer.details': 'Qué, cuándo y para qué',
  'composer.assignmentTitle': 'Título (opcional)',
  'composer.instructions': 'Instrucciones: ¿qué exactamente, cuándo, dónde y durante cuánto tiempo?',
  'composer.instructions.hint':
    'Por ejemplo: «Después de cenar, dos tardes esta semana, en casa, dedica 10 minutos a una situación».',
  'composer.note': 'Nota personal para tu cliente (opcional)',
  'composer.dueDate': 'Fecha límite (opcional)',
  'composer.size': 'Extensión',
  'composer.size.quick': 'Rápido: 3 columnas (situación, estados de ánimo, pensamientos)',
  'composer.size.standard': 'Estándar: 5 columnas (añade un pensamiento equilibrado y la nueva valoración)',
  'composer.size.full': 'Completo: 7 columnas (añade las pruebas a favor y en contra)',
  'composer.distortions.show': 'Ofrecer etiquetas de patrones de pensamiento',
  'composer.distortions.own':
    'Tus propias etiquetas de patrones de pensamiento, una por línea (déjalo vacío para ofrecer las diez habituales, como «pensamiento de todo o nada»)',
  'composer.scale': 'Escala del estado de ánimo',
  'composer.scale.0-10': 'De 0 a 10',
  'composer.scale.0-100': 'De 0 a 100',
  'composer.scale.valence': 'Siete pasos, de muy desagradable a muy agradable',
  'composer.emotions': 'Palabras de emociones, una por línea (déjalo vacío para la lista predeterminada)',
  'composer.emotions.default': 'Lista predeterminada: {words}',
  'composer.planOnly': 'El cliente puede enviar solo el plan si no pudo hacer el experimento',
  'composer.adapt': 'Idioma y enfoque',
  'composer.locale': 'Idioma del ejercicio',
  'composer.locale.page': 'El idioma de la página del cliente',
  'composer.framing': 'Por qué lo hace el cliente (enfoque)',
  'composer.framing.none': 'Ninguno',
  'composer.framing.self-improvement': 'Crecimiento personal',
  'composer.framing.family': 'Apoyar a la familia',
  'composer.framing.community': 'Apoyar a la comunidad',
  'composer.wording': 'Las palabras del cliente: preguntas, pistas y ejemplos ({count} cambiados)',
  'composer.wording.hint':
    'Cada texto es lo que verá el cliente en el idioma elegido. Cambia los que quieras; un campo vacío conserva el texto predeterminado.',
  'composer.wording.reset': 'Usar el texto predeterminado',
  'composer.research': 'Para investigación: comparar versiones (opcional)',
  'composer.variant':
    'Nombre de esta versión, guardado con cada registro que envíe el cliente (por ejemplo, «texto breve»)',
  'composer.hints': 'Mostrar pistas y ejemplos',
  'composer.reminders': 'Ofrecer un recordatorio de calendario (.ics)',
  'composer.specificity': '¿Qué tan concreta es?',
  'composer.specificity.ok': 'Están el qué, el cuándo, el dónde y el cuánto tiempo.',
  'composer.specificity.vague': 'Aún poco concreto (puedes enviarla igualmente):',
  'composer.vague.what': 'Qué: di exactamente qué hacer, con algunas palabras más.',
  'composer.vague.when': 'Cuándo: un día, una hora o un momento («después de cenar»), o pon una fecha límite.',
  'composer.vague.where': 'Dónde: en casa, en el trabajo, en el autobús…',
  'composer.vague.howLong': 'Cuánto tiempo o con qué frecuencia: «10 minutos», «dos veces esta semana».',
  'composer.save': 'Guardar y obtener el enlace',
  'composer.saveLocal': 'Crear la tarea',
  'composer.saving': 'Guardando…',
  'composer.duplicate': 'Duplicar como tarea nueva',
  'composer.duplicated': 'Esta es una copia con un identificador nuevo. Aún no se ha guardado nada.',
  'composer.saved': 'Guardada. Da a tu cliente el enlace o el código de inserción de abajo.',
  'composer.created': 'Creada. Tu página recibió la tarea (hw-assignment-created).',
  'composer.invalid': 'La tarea aún no es válida:',
  'composer.offline':
    'No se guardó: no se pudo conectar con el servidor. Todo lo que escribiste sigue aquí; inténtalo de nuevo.',
  'composer.refused': 'No se guardó: el servidor la rechazó ({status}): {message}',
  'composer.authRequired': 'No se guardó: vuelve a iniciar sesión. Todo lo que escribiste sigue aquí.',
  'composer.endpointInvalid':
    'La dirección para guardar tareas debe ser https, estar en el sitio de esta página o en allowed-origins, y responder sin redirección.',
  'composer.snippet': 'Código de inserción para la página del cliente',
  'composer.link': 'Enlace para el cliente',
  'composer.copy': 'Copiar el código de inserción',
  'composer.copyLink': 'Copiar el enlace',
  'composer.copied': 'Copiado.',
  'composer.copyFailed': 'No se pudo copiar: selecciona el texto y cópialo.',
  'composer.preview': 'Vista previa',
  'composer.previewUnavailable': 'La vista previa muestra la última versión válida.',
};

/** The names of the wording fields (loaded with the rest of this language's clinician part). */
export const composerWording: Catalogue<typeof englishWording> = {
  'composer.wording.step': 'Paso: {text}',
  'composer.wording.default': 'Predeterminado: {text}',
  'composer.wording.framing': 'Introducción del enfoque elegido',
  'composer.wording.general': 'En todo el ejercicio',
  'composer.wording.role.intro': 'Introducción al principio',
  'composer.wording.role.heading': 'Título de este paso',
  'composer.wording.role.prompt': 'Pregunta que responde el cliente',
  'composer.wording.role.hint': 'Pista o ejemplo bajo la pregunta',
  'composer.wording.role.hintSurvey': 'Pista cuando el experimento pregunta a otras personas (una encuesta)',
  'composer.wording.role.add': 'Botón que añade uno más',
  'composer.wording.role.remove': 'Botón que quita uno',
  'composer.wording.role.choice': 'Una de las opciones ofrecidas',
  'composer.wording.role.scalePoint': 'Texto de un punto de una escala',
  'composer.wording.role.countText': 'Texto que acompaña a un número',
  'composer.wording.role.text': 'Otras palabras que el cliente ve aquí',
};
