/** Where the sign-in page sends the reader afterwards when nothing (or nothing safe) was asked for. */
export const homePath = '/clusters'

/** The sign-in page, remembering the page the reader was going to. */
export function loginPath(pathname: string, search: string): string {
  const next = pathname + search
  return next === '/' || next === homePath ? '/login' : `/login?next=${encodeURIComponent(next)}`
}

/**
 * The page to go to after signing in: only a path of this console, so a crafted link cannot send a fresh
 * session to another site (`//evil.example`, `https://…`) or back to the sign-in page.
 */
export function nextPath(params: URLSearchParams): string {
  const next = params.get('next')
  // One slash, then not another or a backslash (browsers read `/\\host` as `//host`).
  if (!next || !/^\/(?![/\\])/.test(next) || /^\/login(\?|$)/.test(next)) return homePath
  return next
}
