import { pbkdf2Sync, randomBytes } from 'node:crypto'

export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512'

/** Kafka's default and its minimum for both SCRAM mechanisms. */
export const SCRAM_ITERATIONS = 4096

const HASHES: Record<ScramMechanism, { digest: 'sha256' | 'sha512'; bytes: number }> = {
  'SCRAM-SHA-256': { digest: 'sha256', bytes: 32 },
  'SCRAM-SHA-512': { digest: 'sha512', bytes: 64 },
}

export interface ScramCredential {
  mechanism: ScramMechanism
  salt: Buffer
  iterations: number
  saltedPassword: Buffer
}

/**
 * RFC 5802's SaltedPassword := Hi(Normalize(password), salt, i), which is PBKDF2 with HMAC-H and a key as long
 * as H's output. Kafka stores what AlterUserScramCredentials sends and derives the client and server keys
 * itself, so the password never leaves Ferry. Ferry's passwords are ASCII (the reference's rules), for which
 * SASLprep changes nothing.
 */
export function scramCredential(
  password: string,
  mechanism: ScramMechanism,
  { salt = randomBytes(32), iterations = SCRAM_ITERATIONS }: { salt?: Buffer; iterations?: number } = {},
): ScramCredential {
  const { digest, bytes } = HASHES[mechanism]
  return {
    mechanism,
    salt,
    iterations,
    saltedPassword: pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, bytes, digest),
  }
}
