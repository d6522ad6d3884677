import { describe, expect, it } from 'vitest'
import { defaultQueryValues, toQueryBody } from './query-body.ts'

const at = (iso: string) => ({ toISOString: () => iso })

describe('toQueryBody', () => {
  it('sends only the chosen mode', () => {
    expect(
      toQueryBody({ ...defaultQueryValues, mode: 'offset', startOffset: 7, partition: 2 }, 'simple'),
    ).toEqual({
      partition: 2,
      startOffset: 7,
      limit: 20,
      maxBytes: 10 * 1024 * 1024,
    })
    expect(
      toQueryBody(
        { ...defaultQueryValues, mode: 'time', startTime: at('2024-01-01T00:00:00.000Z'), endTime: null },
        'simple',
      ),
    ).toMatchObject({ startTime: '2024-01-01T00:00:00.000Z' })
    expect(
      toQueryBody({ ...defaultQueryValues, mode: 'key', key: 'k1', keyScanAll: true }, 'simple'),
    ).toMatchObject({ key: 'k1', keyScan: 'all' })
  })

  it('takes the filter from the active tab', () => {
    const values = {
      ...defaultQueryValues,
      filterRows: [{ kind: 'keyEquals' as const, value: 'a' }, undefined, { kind: 'valueContains' as const }],
      filter: '  offset > 5 ',
    }
    expect(toQueryBody(values, 'simple').filter).toBe('key == "a"')
    expect(toQueryBody(values, 'cel').filter).toBe('offset > 5')
    expect(toQueryBody({ ...values, filter: ' ' }, 'cel').filter).toBeUndefined()
  })
})
