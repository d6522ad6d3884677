// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { clusterKeys, useRefetchOnStateChange } from './api.ts'

describe('useRefetchOnStateChange', () => {
  it('marks a cluster’s nodes and endpoints stale once it leaves DEPLOYING, and leaves other clusters alone', () => {
    const client = new QueryClient()
    client.setQueryData(clusterKeys.nodes('a'), { nodes: [] })
    client.setQueryData(clusterKeys.accessEndpoints('a'), { accessEndpoints: [] })
    client.setQueryData(clusterKeys.nodes('b'), { nodes: [] })
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    )
    const { rerender } = renderHook(({ state }) => useRefetchOnStateChange('a', state), {
      wrapper,
      initialProps: { state: 'DEPLOYING' as string | undefined },
    })
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    expect(stale(clusterKeys.nodes('a'))).toBe(false)
    rerender({ state: 'DEPLOYING' })
    expect(stale(clusterKeys.nodes('a'))).toBe(false)
    rerender({ state: 'ACTIVE' })
    expect(stale(clusterKeys.nodes('a'))).toBe(true)
    expect(stale(clusterKeys.accessEndpoints('a'))).toBe(true)
    expect(stale(clusterKeys.nodes('b'))).toBe(false)
  })
})
