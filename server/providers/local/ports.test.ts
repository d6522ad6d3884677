import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { allocatePorts } from './ports.ts'

describe('allocatePorts', () => {
  it('returns distinct ports that are free to bind', async () => {
    const ports = await allocatePorts('127.0.0.1', 12)
    expect(new Set(ports).size).toBe(12)
    for (const port of ports) {
      const server = createServer()
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, '127.0.0.1', resolve)
      })
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
