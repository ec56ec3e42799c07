// Reads a request body without ever holding more than the limit in memory, however much
// the client sends or claims to send.

/** Past this much discarded overflow we stop being polite and hang up. */
const DISCARD_FACTOR = 8;

/**
 * Resolves with the body, or `null` once it is known to exceed `limit`. After `null` the
 * rest is read and thrown away, so the client can finish uploading and see our answer
 * (browsers may not read a response before their upload is done).
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    /** @type {Buffer[]} */
    const chunks = [];
    let received = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;

    const overflow = () => {
      if (received > limit * DISCARD_FACTOR) req.socket.destroy();
    };
    if (tooLarge) {
      req.on('data', (chunk) => {
        received += chunk.length;
        overflow();
      });
      return resolve(null);
    }

    req.on('data', (/** @type {Buffer} */ chunk) => {
      received += chunk.length;
      if (tooLarge) return overflow();
      if (received > limit) {
        tooLarge = true;
        chunks.length = 0;
        return resolve(null);
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    // An aborted upload ends neither with 'end' nor always with 'error'.
    req.on('close', () => {
      if (!req.complete) reject(new Error('Request aborted while reading the body'));
    });
  });
}
