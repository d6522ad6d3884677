import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-client.ts'
import { createQueryClient } from './query-client.ts'
import { sessionKey } from './session.ts'

const refusal = (code: string, status: number) => new ApiError({ code, message: code, status })

describe('query client', () => {
  it('asks for the session again when any call finds it gone, so the layout can send the reader to sign in', async () => {
    const client = createQueryClient()
    const invalidate = vi.spyOn(client, 'invalidateQueries')
    await client
      .fetchQuery({ queryKey: ['topics'], queryFn: () => Promise.reject(refusal('UNAUTHENTICATED', 401)) })
      .catch(() => {})
    expect(invalidate).toHaveBeenCalledWith({ queryKey: sessionKey, exact: true })

    invalidate.mockClear()
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(refusal('PASSWORD_CHANGE_REQUIRED', 403)),
    })
    await mutation.execute(undefined).catch(() => {})
    expect(invalidate).toHaveBeenCalledTimes(1)
  })

  it('leaves the session alone for other refusals, and for the session query’s own 401', async () => {
    const client = createQueryClient()
    const invalidate = vi.spyOn(client, 'invalidateQueries')
    await client
      .fetchQuery({ queryKey: ['topics'], queryFn: () => Promise.reject(refusal('ACCESS_DENIED', 403)) })
      .catch(() => {})
    await client
      .fetchQuery({ queryKey: sessionKey, queryFn: () => Promise.reject(refusal('UNAUTHENTICATED', 401)) })
      .catch(() => {})
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => Promise.reject(refusal('SIGN_IN_FAILED', 401)),
    })
    await mutation.execute(undefined).catch(() => {})
    expect(invalidate).not.toHaveBeenCalled()
  })
})
