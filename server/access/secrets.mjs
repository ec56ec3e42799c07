// Secrets the server makes and checks. Random secrets are kept only as SHA-256 (they are long
// enough that a fast hash is safe); passwords, which people choose, as scrypt with a salt each.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N=2^15 (about 32 MiB, some tens of milliseconds) per attempt. */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 12;

/**
 * A random credential, prefixed so a leaked one says what it is ("hwl_" link, "hwt_" token).
 * @param {string} prefix
 */
export function newSecret(prefix = '') {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** @param {string} secret */
export function hashSecret(secret) {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * @param {string} password
 * @returns {Promise<string>} "scrypt$N$r$p$salt$hash", all the verifier needs
 */
export async function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * @param {string} password
 * @param {string} stored
 */
export async function verifyPassword(password, stored) {
  const [kind, N, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const params = { N: Number(N), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
  const actual = await derive(password, Buffer.from(salt, 'base64'), params, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
export const DECOY_HASH = await hashPassword(newSecret());

/**
 * @param {string} password @param {Buffer} salt @param {import('node:crypto').ScryptOptions} options
 * @param {number} [length]
 * @returns {Promise<Buffer>}
 */
function derive(password, salt, options, length = KEY_LENGTH) {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
