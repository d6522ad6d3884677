/** `a=1; b=2` → {a: '1', b: '2'}; values are taken as sent (Ferry's own are base64url). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=')
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim()
  }
  return out
}

/**
 * A cookie never sent cross-site, HTTPS-only when served over HTTPS. The session cookie is HttpOnly; the CSRF
 * token's is not, since the console's own script reads it to echo it back in X-CSRF-Token.
 */
export function sessionCookie(
  name: string,
  value: string,
  options: { maxAgeSeconds: number; secure: boolean; readableByScript?: boolean },
) {
  return [
    `${name}=${value}`,
    'Path=/',
    ...(options.readableByScript ? [] : ['HttpOnly']),
    'SameSite=Strict',
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ')
}
