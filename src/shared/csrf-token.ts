/**
 * The session's CSRF token, which every change sent with the session cookie must carry in X-CSRF-Token. The
 * server sets it beside the session cookie in a cookie scripts may read, and only a page of this origin can.
 */
export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null
  const match = /(?:^|;\s*)ferry_csrf=([^;]+)/.exec(document.cookie)
  return match?.[1] ?? null
}
