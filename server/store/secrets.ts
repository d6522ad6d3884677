import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Encrypts stored secrets (SASL passwords) at rest with AES-256-GCM. */
export interface SecretBox {
  seal(plain: string): string
  open(sealed: string): string
}

const VERSION = 'v1'

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes.')
  return {
    seal(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [VERSION, iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
        .join(':')
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(':')
      if (version !== VERSION || !iv || !tag || data === undefined)
        throw new Error('Unreadable sealed secret.')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'))
      decipher.setAuthTag(Buffer.from(tag, 'base64'))
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8')
    },
  }
}

/**
 * The key comes from FERRY_MASTER_KEY (base64, 32 bytes) or, failing that, from a key file beside the
 * store that is created once with owner-only permissions.
 */
export function loadSecretKey(envValue: string | undefined, keyFile: string): Buffer {
  if (envValue) return Buffer.from(envValue, 'base64')
  if (existsSync(keyFile)) return Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64')
  mkdirSync(dirname(keyFile), { recursive: true })
  const key = randomBytes(32)
  writeFileSync(keyFile, key.toString('base64'), { mode: 0o600, flag: 'wx' })
  return key
}
