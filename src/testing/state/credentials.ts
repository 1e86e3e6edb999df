/** The protected header every Fides token starts with: `{"alg":"dir","enc":"A256GCM"}`, then an empty key segment. */
export const TOKEN_PREFIX = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..";

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 65536 bytes per call.
  for (let offset = 0; offset < length; offset += 65536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(length, offset + 65536)));
  }
  return bytes;
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * `secrets.token_hex(n)`: `2n` lowercase hex characters, as the server makes ids and secrets.
 * @param bytes the number of random bytes @default 16
 */
export function randomHex(bytes = 16): string {
  return Array.from(randomBytes(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * A token shaped like the server's compact JWE: the constant header, an empty encrypted key, a
 * 96-bit IV, a ciphertext as long as the payload it stands for, a 128-bit tag. It carries no
 * data: the emulator looks tokens up in its own map.
 * @param payloadLength the length of the JSON payload the real server would encrypt
 */
export function newAccessToken(payloadLength: number): string {
  return `${TOKEN_PREFIX}${base64Url(randomBytes(12))}.${base64Url(randomBytes(payloadLength))}.${base64Url(randomBytes(16))}`;
}

/**
 * A salted SHA-256 digest of a secret, so the emulator never holds client secrets in the clear.
 * (The server uses bcrypt; nothing observable depends on the hash function.)
 * @param salt a random salt
 * @param secret the secret
 */
export async function digestSecret(salt: string, secret: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${salt}:${secret}`));
  return base64Url(new Uint8Array(digest));
}

/**
 * Compares two digests in time independent of where they differ.
 * @param a one digest
 * @param b the other
 */
export function sameDigest(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
