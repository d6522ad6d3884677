import { describe, expect, it } from 'vitest'
import { nameClash } from './name-clash.ts'

describe('nameClash', () => {
  it('tells a taken name from one that collides over "." and "_"', () => {
    expect(nameClash('orders.dlq', ['orders.dlq'])).toEqual({ kind: 'exists' })
    expect(nameClash('orders.dlq', ['orders_dlq'])).toEqual({ kind: 'collides', existing: 'orders_dlq' })
    expect(nameClash('orders.dlq', [])).toBeNull()
  })
})
