import { afterEach, describe, expect, it, vi } from 'vitest'
import { routes } from '../../contract/routes.ts'
import { ApiError, callApi, encodeQuery, fetchFile } from './api-client.ts'

function answer(status: number, body: unknown, statusText = '') {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        statusText,
      }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => vi.unstubAllGlobals())

describe('callApi', () => {
  it('fills the path, encodes the query and returns the parsed body', async () => {
    const fetchMock = answer(200, {
      nodes: [],
      marker: null,
      maxKeys: 5,
      isTruncated: false,
      nextMarker: null,
    })
    const result = await callApi(routes.listNodes, { params: { clusterId: 'a b' }, query: { maxKeys: 5 } })
    expect(result.maxKeys).toBe(5)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/v2/clusters/a%20b/nodes?maxKeys=5')
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('GET')
  })

  it('sends the body as JSON', async () => {
    const fetchMock = answer(201, { clusterId: 'c1' })
    await callApi(routes.createCluster, {
      body: { provider: 'external', name: 'orders', bootstrapServers: 'k:9092' },
    })
    const init = fetchMock.mock.calls[0]?.[1]
    expect(init?.method).toBe('POST')
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json')
    expect(JSON.parse(String(init?.body))).toEqual({
      provider: 'external',
      name: 'orders',
      bootstrapServers: 'k:9092',
    })
  })

  it('adds the headers it is given beside its own', async () => {
    const fetchMock = answer(202, { clusterId: 'c1', jobId: 'j1' })
    await callApi(
      routes.createCluster,
      { body: { provider: 'external', name: 'orders', bootstrapServers: 'k:9092' } },
      { headers: { 'Idempotency-Key': 'k-1' } },
    )
    const headers = new Headers(fetchMock.mock.calls[0]?.[1]?.headers)
    expect(headers.get('idempotency-key')).toBe('k-1')
    expect(headers.get('content-type')).toBe('application/json')
    expect(headers.get('accept')).toBe('application/json')
  })

  it('resolves null for 204 No Content', async () => {
    answer(204, undefined)
    await expect(callApi(routes.deleteCluster, { params: { clusterId: 'c1' } })).resolves.toBeNull()
  })

  it('throws an ApiError carrying the server error body and status', async () => {
    answer(400, {
      code: 'KAFKA_AUTHENTICATION_FAILED',
      message: 'SASL authentication failed',
      requestId: 'req-7',
      fields: { password: 'Wrong username or password.' },
    })
    const error = await callApi(routes.createCluster, {
      body: { provider: 'external', name: 'x', bootstrapServers: 'k:9092' },
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      code: 'KAFKA_AUTHENTICATION_FAILED',
      message: 'SASL authentication failed',
      requestId: 'req-7',
      status: 400,
      fields: { password: 'Wrong username or password.' },
    })
  })

  it('turns a non-JSON failure (a proxy page) into an ApiError with the HTTP status', async () => {
    answer(502, '<html>Bad gateway</html>', 'Bad Gateway')
    const error = await callApi(routes.getCluster, { params: { clusterId: 'c1' } }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'HTTP_502', status: 502, fields: {} })
  })

  it('turns a network failure into an ApiError with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    const error = await callApi(routes.getCluster, { params: { clusterId: 'c1' } }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 })
  })
})

describe('fetchFile', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'

  it('answers the file as text, asking for its media type', async () => {
    const fetchMock = answer(200, pem)
    expect(await fetchFile(routes.getCaCertificate, { params: { clusterId: 'c1' } })).toBe(pem)
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/v2/clusters/c1/ca-certificate')
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({
      accept: 'application/x-pem-file, application/json',
    })
  })

  it('rejects a refusal with its ApiError', async () => {
    answer(404, { code: 'CA_CERTIFICATE_NOT_FOUND', message: 'No CA', requestId: 'r1' })
    const error = await fetchFile(routes.getCaCertificate, { params: { clusterId: 'c1' } }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'CA_CERTIFICATE_NOT_FOUND', status: 404 })
  })
})

describe('encodeQuery', () => {
  it('leaves out empty values', () => {
    expect(encodeQuery({ clusterName: '', clusterId: undefined, maxKeys: 20, marker: 'm 1' })).toBe(
      '?maxKeys=20&marker=m+1',
    )
    expect(encodeQuery({})).toBe('')
  })
})
