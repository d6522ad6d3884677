import { describe, expect, it } from 'vitest'
import { parseCookies, sessionCookie } from './cookies.ts'

describe('cookies', () => {
  it('reads the cookies a browser sends', () => {
    expect(parseCookies('ferry_session=abc-_1; theme=dark')).toEqual({
      ferry_session: 'abc-_1',
      theme: 'dark',
    })
    expect(parseCookies(undefined)).toEqual({})
  })

  it('writes the session cookie HttpOnly and SameSite=Strict, Secure under https', () => {
    expect(sessionCookie('s', 'v', { maxAgeSeconds: 60, secure: false })).toBe(
      's=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=60',
    )
    expect(sessionCookie('s', 'v', { maxAgeSeconds: 60, secure: true })).toMatch(/; Secure$/)
  })
})
