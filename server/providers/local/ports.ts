import { createServer, type Server } from 'node:net'

/**
 * Reserves `count` distinct free TCP ports on `host` by holding them all open at once, then releases them.
 * Another process may still grab one before the broker binds it; the broker then fails fast with "Address
 * already in use" in its log, which the readiness wait reports.
 */
export async function allocatePorts(host: string, count: number): Promise<number[]> {
  const servers: Server[] = []
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer()
      servers.push(server)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, host, () => resolve())
      })
    }
    return servers.map((s) => {
      const address = s.address()
      if (address === null || typeof address === 'string') throw new Error('listening socket has no port')
      return address.port
    })
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
  }
}
