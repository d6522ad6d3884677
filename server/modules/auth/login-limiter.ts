/**
 * Sign-in attempts per client address in a sliding window: beyond `limit` in `windowMs`, refused before any
 * password is hashed. Addresses with no recent attempt are forgotten, so the map stays small.
 */
export class LoginLimiter {
  readonly #attempts = new Map<string, number[]>()

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts an attempt; answers how many ms to wait when it is one too many. */
  attempt(address: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const recent = (this.#attempts.get(address) ?? []).filter((t) => t > now - this.windowMs)
    if (recent.length >= this.limit) {
      this.#attempts.set(address, recent)
      return { allowed: false, retryAfterMs: (recent[0] as number) + this.windowMs - now }
    }
    recent.push(now)
    this.#attempts.set(address, recent)
    if (this.#attempts.size > 10_000) this.#forgetIdle(now)
    return { allowed: true }
  }

  #forgetIdle(now: number) {
    for (const [address, times] of this.#attempts)
      if (times.every((t) => t <= now - this.windowMs)) this.#attempts.delete(address)
  }
}
