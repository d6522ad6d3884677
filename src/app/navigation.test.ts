import { describe, expect, it } from 'vitest'
import { selectedMenuKey } from './navigation.tsx'

describe('selectedMenuKey', () => {
  const keys = ['/clusters', '/clusters/c1']

  it('selects the deepest entry the path is under', () => {
    expect(selectedMenuKey('/clusters', keys)).toBe('/clusters')
    expect(selectedMenuKey('/clusters/c1', keys)).toBe('/clusters/c1')
    expect(selectedMenuKey('/clusters/c1/topics', keys)).toBe('/clusters/c1')
  })

  it('does not take a cluster id that only starts the same', () => {
    expect(selectedMenuKey('/clusters/c10', keys)).toBe('/clusters')
  })
})
