// Spanish: "Discard this draft" (see ../en/discard.ts).
import type { ClientMessages } from '../en/index.js';

export const discard: Pick<
  ClientMessages,
  | 'draft.discard'
  | 'draft.discard.confirm'
  | 'draft.discard.yes'
  | 'draft.discard.no'
  | 'draft.kept'
  | 'draft.replaced'
  | 'draft.restoreEarlier'
> = {
  'draft.discard': 'Descartar este borrador',
  'draft.discard.confirm':
    '¿Descartar este borrador? Todo lo que escribiste en él se borra de este dispositivo y no se puede recuperar. Lo que ya enviaste se mantiene.',
  'draft.discard.yes': 'Descartar el borrador',
  'draft.discard.no': 'Conservarlo',
  'draft.kept':
    'Guardamos lo que escribiste aquí el {date}. Se queda en este dispositivo hasta que lo envíes o lo descartes.',
  'draft.replaced':
    'Empezaste a escribir antes de que se cargara tu texto anterior. Lo que escribiste se mantiene; puedes recuperar en su lugar el texto anterior.',
  'draft.restoreEarlier': 'Recuperar el texto anterior',
};
