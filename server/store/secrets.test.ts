import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSecretBox, loadSecretKey } from './secrets.ts'

describe('secret box', () => {
  it('seals to ciphertext that differs each time and opens back to the secret', () => {
    const box = createSecretBox(randomBytes(32))
    const a = box.seal('s3cret-pass')
    expect(a).not.toContain('s3cret')
    expect(box.seal('s3cret-pass')).not.toBe(a)
    expect(box.open(a)).toBe('s3cret-pass')
  })

  it('refuses a tampered ciphertext or the wrong key', () => {
    const box = createSecretBox(randomBytes(32))
    const sealed = box.seal('value')
    const parts = sealed.split(':')
    parts[3] = Buffer.from('other').toString('base64')
    expect(() => box.open(parts.join(':'))).toThrow()
    expect(() => createSecretBox(randomBytes(32)).open(sealed)).toThrow()
  })

  it('creates the key file once, owner-only, and reads the same key back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ferry-key-'))
    try {
      const file = join(dir, 'secret.key')
      const key = loadSecretKey(undefined, file)
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(loadSecretKey(undefined, file).equals(key)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
