/**
 * Password hashing with PBKDF2-SHA256 through WebCrypto: native on Node and in workerd, so a
 * sign-in costs little CPU on Workers. Workers cap PBKDF2 at 100,000 iterations; the count is
 * stored in each hash, so it can be raised later without breaking existing passwords.
 * Format: pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>
 */
const encoder = new TextEncoder();

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password.normalize('NFKC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations: number): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${b64(salt)}$${b64(await derive(password, salt, iterations))}`;
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  const [scheme, iter, salt, expected] = hash.split('$');
  if (scheme !== 'pbkdf2-sha256' || !salt || !expected) return false;
  const actual = await derive(password, unb64(salt), Number(iter));
  const want = unb64(expected);
  if (actual.length !== want.length) return false;
  let diff = 0;
  for (let i = 0; i < want.length; i++) diff |= actual[i] ^ want[i];
  return diff === 0;
}
