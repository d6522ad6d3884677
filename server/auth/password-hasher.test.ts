import { describe, expect, it } from 'vitest'
import { HasherBusyError, PasswordHasher } from './password-hasher.ts'

describe('PasswordHasher', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hasher = new PasswordHasher()
    const hashed = await hasher.hash('correct horse battery')
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await hasher.verify(hashed, 'correct horse battery')).toBe(true)
    expect(await hasher.verify(hashed, 'wrong horse battery')).toBe(false)
  })

  it('refuses at once what does not fit in its queue, and still finishes what it took', async () => {
    const hasher = new PasswordHasher(1, 2)
    const attempts = Array.from({ length: 10 }, () =>
      hasher.hash('flood of sign-ins').then(
        () => 'done',
        (e) => e,
      ),
    )
    const outcomes = await Promise.all(attempts)
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(3)
    expect(outcomes.filter((o) => o instanceof HasherBusyError)).toHaveLength(7)
  })
})
