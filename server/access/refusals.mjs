// How a missing, wrong or insufficient credential is answered: 401 with a machine-readable
// code (a widget tells a withdrawn link from a sign-in problem), 403 for the wrong kind.
import { sendProblem } from '../replies.mjs';

/**
 * @param {import('node:http').ServerResponse} res
 * @param {import('./principal.mjs').Principal} principal
 * @param {string} [forbidden]  what this principal may not do, when it is known but not allowed
 */
export function refuse(res, principal, forbidden) {
  if (principal.kind === 'refused') {
    if (principal.retryAfter) res.setHeader('Retry-After', String(principal.retryAfter));
    if (principal.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    return sendProblem(res, principal.status, principal.message, { code: principal.code });
  }
  if (principal.kind === 'none' || principal.kind === 'open') {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return sendProblem(res, 401, 'Sign in, or send a link or token', { code: 'credential-required' });
  }
  sendProblem(res, 403, forbidden ?? 'Not allowed with this credential', { code: 'forbidden' });
}
