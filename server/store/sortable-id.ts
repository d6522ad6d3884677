import { randomUUID } from 'node:crypto'

let counter = 0

/**
 * IDs that sort in the order they were made, even within one millisecond: the time, a counter, then
 * randomness so that two server processes never collide. A marker-paged list orders by them alone.
 */
export function sortableId(now = Date.now()): string {
  counter = (counter + 1) % 1_000_000
  return `${now.toString().padStart(15, '0')}${counter.toString().padStart(6, '0')}${randomUUID().slice(0, 8)}`
}
