const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A random opaque id: 20 lower-case base-36 characters (~103 bits). */
export function newId(length = 20): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const b of bytes) id += alphabet[b % 36];
  return id;
}

/** `n` ids like newId's, drawing the random bytes in few calls (bulk writes). */
export function newIds(n: number, length = 20): string[] {
  const perCall = Math.floor(65_536 / length); // getRandomValues gives at most 64 KiB at once
  const ids: string[] = [];
  for (let done = 0; done < n; done += perCall) {
    const bytes = crypto.getRandomValues(new Uint8Array(Math.min(perCall, n - done) * length));
    for (let i = 0; i < bytes.length; i += length) {
      let id = '';
      for (let j = i; j < i + length; j++) id += alphabet[bytes[j] % 36];
      ids.push(id);
    }
  }
  return ids;
}

/** A secret for a URL or a bearer header, with a readable prefix. */
export function newSecret(prefix: string): string {
  return `${prefix}_${newId(40)}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
