import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'

/**
 * The SASL/PLAIN users of a local cluster, in the file runtime/kafka/PlainCredentialsCallbackHandler.java
 * verifies sign-ins against: one user a line, `name TAB pbkdf2-sha256 TAB iterations TAB salt TAB hash`, salt
 * and hash in base64. Never a password.
 */
export const PLAIN_CREDENTIALS_FILE = 'plain-credentials'

export const PLAIN_HANDLER_CLASS = 'dev.ferry.kafka.PlainCredentialsCallbackHandler'

/** The JAAS option naming the file, read by the handler's configure(). */
export const PLAIN_FILE_OPTION = 'ferry.credentials.file'

const SCHEME = 'pbkdf2-sha256'
// A sign-in costs one derivation on the broker: 4096 rounds, as for SCRAM, keeps it at a few milliseconds.
const ITERATIONS = 4096

interface PlainEntry {
  iterations: number
  salt: Buffer
  hash: Buffer
}

export type PlainCredentials = Map<string, PlainEntry>

export function hashPlainPassword(
  password: string,
  salt = randomBytes(16),
  iterations = ITERATIONS,
): PlainEntry {
  return { iterations, salt, hash: pbkdf2Sync(password, salt, iterations, 32, 'sha256') }
}

/** What the broker's handler does with a sign-in; for tests and for Ferry's own checks. */
export function verifyPlainPassword(entry: PlainEntry, password: string): boolean {
  const derived = pbkdf2Sync(password, entry.salt, entry.iterations, entry.hash.length, 'sha256')
  return timingSafeEqual(derived, entry.hash)
}

export function parsePlainCredentials(text: string): PlainCredentials {
  const users: PlainCredentials = new Map()
  for (const line of text.split('\n')) {
    const [name, scheme, iterations, salt, hash] = line.split('\t')
    if (!name || line.startsWith('#') || scheme !== SCHEME || !iterations || !salt || !hash) continue
    users.set(name, {
      iterations: Number(iterations),
      salt: Buffer.from(salt, 'base64'),
      hash: Buffer.from(hash, 'base64'),
    })
  }
  return users
}

export function renderPlainCredentials(users: PlainCredentials): string {
  const lines = [...users].map(([name, e]) =>
    [name, SCHEME, e.iterations, e.salt.toString('base64'), e.hash.toString('base64')].join('\t'),
  )
  return `# Ferry's SASL/PLAIN users of this cluster; written by Ferry, read by its brokers.\n${lines.join('\n')}\n`
}

export async function readPlainCredentials(path: string): Promise<PlainCredentials> {
  try {
    return parsePlainCredentials(await readFile(path, 'utf8'))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map()
    throw err
  }
}

// One change at a time per file: two requests must not each read the old file and write over the other.
const queues = new Map<string, Promise<unknown>>()

/**
 * Reads the file, lets `change` edit the users, and replaces the file by a rename, so that a broker reading it
 * sees the old or the new users, never half of them. Changes to one file run one after another.
 */
export function updatePlainCredentials<T>(path: string, change: (users: PlainCredentials) => T): Promise<T> {
  const run = async () => {
    const users = await readPlainCredentials(path)
    const result = change(users)
    const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    await writeFile(tmp, renderPlainCredentials(users), { mode: 0o600 })
    await rename(tmp, path)
    return result
  }
  const queued = (queues.get(path) ?? Promise.resolve()).then(run)
  const settled = queued.catch(() => {})
  queues.set(path, settled)
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path)
  })
  return queued
}
