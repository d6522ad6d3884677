import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'

/** A 4xx answer will not change on retry; only network failures and server faults are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false
  return failureCount < 2
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  })
}
