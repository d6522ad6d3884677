import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  headers: IncomingHttpHeaders
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever Ferry sent
  body: any
}

/** A real HTTP webhook receiver on a free port: it keeps what it is sent and answers as the test says. */
export async function startWebhookReceiver() {
  const received: Received[] = []
  const statuses: number[] = []
  let silent = false
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
      if (!silent) res.writeHead(statuses.shift() ?? 200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** The next requests are answered with these statuses, then 200 again. */
    answer(...next: number[]) {
      statuses.push(...next)
    },
    /** Requests are read but never answered, as by a hung receiver. */
    hang() {
      silent = true
    },
    /** Resolves with the first body received that `match` accepts, waiting up to `timeoutMs`. */
    // biome-ignore lint/suspicious/noExplicitAny: as above
    async waitFor(match: (body: any) => boolean, timeoutMs = 20_000) {
      for (const start = Date.now(); Date.now() - start < timeoutMs; ) {
        const found = received.find((r) => match(r.body))
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(
        `no matching webhook within ${timeoutMs} ms; received ${JSON.stringify(received.map((r) => r.body))}`,
      )
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>
