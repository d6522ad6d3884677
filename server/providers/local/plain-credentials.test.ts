import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  hashPlainPassword,
  parsePlainCredentials,
  readPlainCredentials,
  renderPlainCredentials,
  updatePlainCredentials,
  verifyPlainPassword,
} from './plain-credentials.ts'

let dir: string | null = null
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = null
})

describe('the PLAIN credentials file', () => {
  it('holds salted hashes that verify the password and nothing else, and never the password', () => {
    const users = new Map([['alice', hashPlainPassword('Alice2026!')]])
    const text = renderPlainCredentials(users)
    expect(text).not.toContain('Alice2026!')
    const alice = parsePlainCredentials(text).get('alice')
    if (!alice) throw new Error('alice was not read back')
    expect(verifyPlainPassword(alice, 'Alice2026!')).toBe(true)
    expect(verifyPlainPassword(alice, 'alice2026!')).toBe(false)
    expect(alice.iterations).toBeGreaterThanOrEqual(4096)
    expect(hashPlainPassword('Alice2026!').salt.equals(alice.salt)).toBe(false)
  })

  it('keeps every one of many changes made at once, in a file only its owner reads', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ferry-plain-'))
    const path = join(dir, 'plain-credentials')
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        updatePlainCredentials(path, (users) => users.set(`user${i}`, hashPlainPassword(`Secret${i}!`))),
      ),
    )
    await updatePlainCredentials(path, (users) => users.delete('user3'))
    const users = await readPlainCredentials(path)
    expect([...users.keys()].sort()).toEqual(['user0', 'user1', 'user2', 'user4', 'user5', 'user6', 'user7'])
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readFileSync(path, 'utf8').split('\n')[1]).toMatch(/^user\d\tpbkdf2-sha256\t4096\t\S+\t\S+$/)
  })

  it('reads a missing file as no users', async () => {
    expect((await readPlainCredentials('/nonexistent/plain-credentials')).size).toBe(0)
  })
})
