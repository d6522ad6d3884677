import { describe, expect, it } from 'vitest'
import type { FetchedRecord } from '../../kafka/fetch-records.ts'
import { caretColumn, compileFilter } from './message-filter.ts'

const record = (over: Partial<FetchedRecord> = {}): FetchedRecord => ({
  offset: 7,
  timestamp: 1_700_000_000_000,
  timestampType: 'CreateTime',
  key: Buffer.from('order-1'),
  value: Buffer.from('{"amount": 120, "currency": "EUR", "tags": ["a"]}'),
  headers: [[Buffer.from('source'), Buffer.from('web')]],
  size: 0,
  ...over,
})

describe('compileFilter', () => {
  it('matches on JSON fields, key, headers, partition, offset and timestamp', () => {
    const cases: [string, boolean][] = [
      ['value.amount > 100', true],
      ['value.amount > 100 && value.currency == "USD"', false],
      ['key == "order-1"', true],
      ['key.startsWith("order-") && partition == 2', true],
      ['headers["source"] == "web"', true],
      ['offset >= 8', false],
      ['timestamp > 1600000000000', true],
      ['value_text.contains("EUR")', true],
      ['"a" in value.tags', true],
      ['value.amount % 100 == 20', true],
      ['value.amount / 7 == 17', true],
      ['value.amount > 119.5', true],
    ]
    for (const [source, expected] of cases) expect(compileFilter(source)(record(), 2), source).toBe(expected)
  })

  it('reads a value that is not JSON as text', () => {
    const plain = record({ value: Buffer.from('hello world') })
    expect(compileFilter('value.contains("world")')(plain, 0)).toBe(true)
  })

  it('does not match a record the expression fails on, such as a missing field or null key', () => {
    expect(compileFilter('value.missing == 1')(record(), 0)).toBe(false)
    expect(compileFilter('key == "x"')(record({ key: null }), 0)).toBe(false)
  })

  it('refuses bad syntax, unknown names and non-boolean results with the column', () => {
    expect(() => compileFilter('key ==')).toThrowError(/column 7/)
    expect(() => compileFilter('keyy == "a"')).toThrowError(/Unknown variable: keyy/)
    expect(() => compileFilter('offset + 1')).toThrowError(/true or false/)
    const refused = (() => {
      try {
        compileFilter('value.amount >> 3')
        return null
      } catch (err) {
        return err
      }
    })()
    expect(refused).toMatchObject({
      code: 'ERROR_PARAMS',
      fields: { filter: expect.stringMatching(/column \d+/) },
    })
  })
})

describe('caretColumn', () => {
  it('reads the caret under the source line', () => {
    expect(caretColumn('Unexpected token: EOF\n\n>    1 | key ==\n               ^')).toBe(7)
    expect(caretColumn('no caret')).toBeNull()
  })
})
