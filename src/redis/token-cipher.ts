import type { StoredToken, TokenStoreContext } from "../token-store.js";

/** The format tag every stored value starts with; a value with another tag is a miss. */
const FORMAT = "v1";
const SALT = new TextEncoder().encode("fides-sdk/redis");
const IV_BYTES = 12;

interface Keys {
  readonly encryption: CryptoKey;
  readonly fingerprint: CryptoKey;
}

// Derived once per client (per context), not once per call.
const derived = new WeakMap<TokenStoreContext, Promise<Keys>>();

function keysOf(context: TokenStoreContext): Promise<Keys> {
  let keys = derived.get(context);
  if (keys === undefined) {
    keys = deriveKeys(context);
    derived.set(context, keys);
    // A failed derivation is tried again next time rather than remembered.
    keys.catch(() => derived.delete(context));
  }
  return keys;
}

async function deriveKeys(context: TokenStoreContext): Promise<Keys> {
  const { subtle } = globalThis.crypto;
  const secret = await context.secretKey();
  const hkdf = (info: string) => ({
    name: "HKDF",
    hash: "SHA-256",
    salt: SALT,
    info: new TextEncoder().encode(info),
  });
  const [encryption, fingerprint] = await Promise.all([
    subtle.deriveKey(hkdf("token encryption v1"), secret, { name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]),
    subtle.deriveKey(hkdf("token fingerprint v1"), secret, { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]),
  ]);
  return { encryption, fingerprint };
}

/**
 * What every stored value of this token starts with: the format and an HMAC of the token under a
 * key derived from the secret, so a script can compare tokens without seeing them.
 * @param context the client's store context
 * @param accessToken the token
 */
export async function sealedPrefix(context: TokenStoreContext, accessToken: string): Promise<string> {
  const { fingerprint } = await keysOf(context);
  const mac = await globalThis.crypto.subtle.sign("HMAC", fingerprint, new TextEncoder().encode(accessToken));
  return `${FORMAT}.${Buffer.from(mac, 0, 16).toString("base64url")}.`;
}

/**
 * Encrypts a token with AES-256-GCM, bound to its key's name (additional data), as
 * `v1.<fingerprint>.<iv>.<ciphertext>`.
 * @param context the client's store context
 * @param name the key's name
 * @param token the token and its times
 */
export async function seal(context: TokenStoreContext, name: string, token: StoredToken): Promise<string> {
  const { encryption } = await keysOf(context);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = JSON.stringify({ t: token.accessToken, o: token.obtainedAt, e: token.expiresAt });
  const ciphertext = await globalThis.crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(name) },
    encryption,
    new TextEncoder().encode(plaintext),
  );
  const prefix = await sealedPrefix(context, token.accessToken);
  return `${prefix}${Buffer.from(iv).toString("base64url")}.${Buffer.from(ciphertext).toString("base64url")}`;
}

/**
 * Decrypts a stored value; anything that does not decrypt to a well-formed token (garbage,
 * another secret, another key, another format) is `undefined`, never an error.
 * @param context the client's store context
 * @param name the key's name
 * @param value what the store held
 */
export async function unseal(
  context: TokenStoreContext,
  name: string,
  value: string,
): Promise<StoredToken | undefined> {
  const parts = value.split(".");
  if (parts.length !== 4 || parts[0] !== FORMAT) return undefined;
  const iv = Buffer.from(parts[2] ?? "", "base64url");
  if (iv.length !== IV_BYTES) return undefined;
  const { encryption } = await keysOf(context);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(name) },
      encryption,
      Buffer.from(parts[3] ?? "", "base64url"),
    );
  } catch {
    return undefined;
  }
  let record: unknown;
  try {
    record = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    return undefined;
  }
  if (typeof record !== "object" || record === null) return undefined;
  const { t, o, e } = record as Record<string, unknown>;
  if (typeof t !== "string" || t === "" || !Number.isFinite(o) || !Number.isFinite(e)) return undefined;
  return { accessToken: t, obtainedAt: o as number, expiresAt: e as number };
}
