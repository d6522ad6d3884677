import { describe, expect, it } from 'vitest'
import { LoginLimiter } from './login-limiter.ts'

describe('LoginLimiter', () => {
  it('refuses an address past its limit until the window has moved on, and leaves others alone', () => {
    const limiter = new LoginLimiter(3, 60_000)
    for (const t of [0, 1000, 2000]) expect(limiter.attempt('10.0.0.1', t).allowed).toBe(true)
    expect(limiter.attempt('10.0.0.1', 3000)).toEqual({ allowed: false, retryAfterMs: 57_000 })
    expect(limiter.attempt('10.0.0.2', 3000).allowed).toBe(true)
    expect(limiter.attempt('10.0.0.1', 60_001).allowed).toBe(true)
  })
})
