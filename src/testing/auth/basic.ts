const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * Python's non-strict `base64.b64decode`: characters outside the alphabet are skipped, a complete
 * padding run ends the input, and a dangling partial quantum is an error.
 * @param text the encoded text
 * @returns the bytes, or `undefined` where Python raises `binascii.Error`
 */
export function pythonB64Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let quadPos = 0;
  let pads = 0;
  let accumulator = 0;
  let bits = 0;
  for (const char of text) {
    if (char === "=") {
      pads += 1;
      if (quadPos >= 2 && quadPos + pads >= 4) return new Uint8Array(out);
      continue;
    }
    const value = ALPHABET.indexOf(char);
    if (value === -1) continue;
    pads = 0;
    accumulator = (accumulator << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((accumulator >> bits) & 0xff);
      accumulator &= (1 << bits) - 1;
    }
    quadPos = (quadPos + 1) % 4;
  }
  return quadPos === 0 ? new Uint8Array(out) : undefined;
}

/** Basic credentials, or why there are none. */
export type BasicCredentials =
  | { readonly kind: "none" }
  | { readonly kind: "malformed" }
  | { readonly kind: "ok"; readonly username: string; readonly password: string };

/**
 * FastAPI's `HTTPBasic(auto_error=False)`: no header or another scheme is "none"; a Basic header
 * whose value is not base64 of ASCII `user:password` is "malformed" (a 401 even though
 * `auto_error` is off).
 * @param header the Authorization header, if any
 */
export function parseBasic(header: string | null): BasicCredentials {
  if (!header) return { kind: "none" };
  const space = header.indexOf(" ");
  const scheme = space === -1 ? header : header.slice(0, space);
  const param = space === -1 ? "" : header.slice(space + 1);
  if (!scheme || !param || scheme.toLowerCase() !== "basic") return { kind: "none" };
  const bytes = pythonB64Decode(param);
  if (!bytes || bytes.some((byte) => byte > 0x7f)) return { kind: "malformed" };
  let decoded = "";
  for (const byte of bytes) decoded += String.fromCharCode(byte);
  const colon = decoded.indexOf(":");
  if (colon === -1) return { kind: "malformed" };
  return { kind: "ok", username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
