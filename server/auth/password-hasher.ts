import { hash, verify } from '@node-rs/argon2'

// argon2id (algorithm 2) at OWASP's minimum: 19 MiB, 2 passes, 1 lane — about 50 ms of one core here.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** Too many hashes are waiting: the caller refuses at once rather than queue more CPU work. */
export class HasherBusyError extends Error {}

/**
 * argon2id hashing with a ceiling on the CPU it takes: at most `concurrency` hashes run at once and at most
 * `queueLimit` wait. A flood of sign-ins on 2 cores then costs one core at most, and the rest of the API
 * keeps answering; what does not fit in the queue is refused straight away.
 */
export class PasswordHasher {
  #active = 0
  readonly #waiting: (() => void)[] = []

  constructor(
    private readonly concurrency = 1,
    private readonly queueLimit = 8,
  ) {}

  hash(password: string): Promise<string> {
    return this.#run(() => hash(password, OPTIONS))
  }

  verify(hashed: string, password: string): Promise<boolean> {
    return this.#run(() => verify(hashed, password))
  }

  async #run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#active >= this.concurrency) {
      if (this.#waiting.length >= this.queueLimit) throw new HasherBusyError('Too many sign-ins at once.')
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    }
    this.#active++
    try {
      return await work()
    } finally {
      this.#active--
      this.#waiting.shift()?.()
    }
  }
}
