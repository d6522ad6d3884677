import { afterEach, describe, expect, it, vi } from 'vitest'
import type { QueryEvent } from '../../contract/messages.ts'
import { routes } from '../../contract/routes.ts'
import { ApiError } from './api-client.ts'
import { streamApi } from './api-stream.ts'

const input = {
  params: { clusterId: 'c1', topicName: 'orders' },
  body: { newest: 5 },
}

function streamOf(chunks: string[]) {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

function answer(response: Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => response)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => vi.unstubAllGlobals())

describe('streamApi', () => {
  it('posts the body and parses lines split across chunks', async () => {
    const start = JSON.stringify({ type: 'start', queryId: 'q1', positions: [], probablePartition: null })
    const progress = JSON.stringify({
      type: 'progress',
      scanned: 10,
      matched: 2,
      bytes: 300,
      elapsedMs: 5,
      positions: [{ partition: 0, offset: 10, endOffset: 20 }],
    })
    // The progress line is cut in the middle, and the last line has no newline.
    const fetchMock = answer(
      new Response(
        streamOf([
          `${start}\n${progress.slice(0, 17)}`,
          `${progress.slice(17)}\n\n`,
          '{"type":"end","reason":"limit","scanned":10,',
          '"matched":2,"bytes":300,"elapsedMs":6,"positions":[],"resume":null}',
        ]),
        { status: 200, headers: { 'content-type': 'application/x-ndjson' } },
      ),
    )
    const events: QueryEvent[] = []
    await streamApi(routes.queryMessages, input, (event) => events.push(event))

    expect(fetchMock.mock.calls[0]?.[0]).toBe('/v2/clusters/c1/topics/orders/messages/query')
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST')
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ newest: 5 })
    expect(events.map((event) => event.type)).toEqual(['start', 'progress', 'end'])
    expect(events[1]).toMatchObject({ scanned: 10, positions: [{ partition: 0, offset: 10 }] })
  })

  it('keeps a multi-byte character split between chunks', async () => {
    const bytes = new TextEncoder().encode(
      `${JSON.stringify({ type: 'error', code: 'X', message: '消息' })}\n`,
    )
    const cut = bytes.indexOf(0xe6) + 1
    answer(
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.slice(0, cut))
            controller.enqueue(bytes.slice(cut))
            controller.close()
          },
        }),
      ),
    )
    const events: QueryEvent[] = []
    await streamApi(routes.queryMessages, input, (event) => events.push(event))
    expect(events).toEqual([{ type: 'error', code: 'X', message: '消息' }])
  })

  it('throws the error body answered before the stream starts', async () => {
    answer(
      Response.json(
        {
          code: 'INVALID_PARAMETER',
          message: 'Bad filter',
          requestId: 'r1',
          fields: { filter: 'Unexpected token at 4' },
        },
        { status: 400 },
      ),
    )
    const error = await streamApi(routes.queryMessages, input, () => {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, requestId: 'r1', fields: { filter: 'Unexpected token at 4' } })
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    answer(
      new Response(
        new ReadableStream<Uint8Array>({
          start(stream) {
            stream.enqueue(new TextEncoder().encode('{"type":"start","queryId":"q","positions":[],'))
          },
        }),
      ),
    )
    const events: QueryEvent[] = []
    const run = streamApi(routes.queryMessages, input, (event) => events.push(event), {
      signal: controller.signal,
    })
    controller.abort()
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
    expect(events).toEqual([])
  })
})
