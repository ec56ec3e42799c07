// Spanish: a full disk at submit and after delivery (see en/device-storage.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { deviceStorage as english } from '../en/device-storage.js';

export const deviceStorage: Catalogue<typeof english> = {
  'device.sendingUnsaved': 'No se guardó en este dispositivo (su almacenamiento está lleno): enviando ahora…',
  'device.unsentCopy':
    'No se guardó en este dispositivo y no se pudo enviar. Copie sus respuestas para no perderlas y vuelva a intentarlo.',
  'device.answers': 'Sus respuestas',
  'device.copy': 'Copiar sus respuestas',
  'device.copied': 'Copiado.',
  'device.deliveredNotRecorded':
    'Enviado a su terapeuta. El almacenamiento de este dispositivo está lleno y no pudo guardar constancia del envío: libere algo de espacio.',
};
