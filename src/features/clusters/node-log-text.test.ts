import { describe, expect, it } from 'vitest'
import { appended, capped, prepended } from './node-log-text.ts'

const chunk = (position: number, content: string, size = position + content.length) => ({
  name: 'broker.log',
  size,
  position,
  nextPosition: position + content.length,
  content,
})

describe('node log window', () => {
  const log = { start: 10, end: 20, text: '0123456789' }

  it('appends a read that starts where the window ends, and ignores one already taken', () => {
    const next = appended(log, chunk(20, 'abc'))
    expect(next).toEqual({ start: 10, end: 23, text: '0123456789abc' })
    expect(appended(next, chunk(20, 'abc'))).toBe(next)
    expect(appended(next, chunk(23, ''))).toBe(next)
  })

  it('starts over when the file rolled over', () => {
    expect(appended(log, chunk(0, 'new', 3))).toEqual({ start: 0, end: 3, text: 'new' })
  })

  it('drops the oldest text past the cap, from a line start, counting bytes', () => {
    const kept = capped({ start: 0, end: 16, text: 'é1\nline2\nline3\n' }, 10)
    expect(kept).toEqual({ start: 10, end: 16, text: 'line3\n' })
    expect(appended({ start: 0, end: 4, text: 'abcd' }, chunk(4, 'ef'), 3)).toEqual({
      start: 3,
      end: 6,
      text: 'def',
    })
  })

  it('prepends a read that ends where the window starts', () => {
    expect(prepended(log, chunk(0, '0123456789'))).toEqual({
      start: 0,
      end: 20,
      text: '01234567890123456789',
    })
    expect(prepended(log, chunk(0, '01234'))).toBe(log)
  })
})
