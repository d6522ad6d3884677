import { describe, expect, it } from 'vitest'
import { buildFilter, celString } from './build-filter.ts'

describe('buildFilter', () => {
  it('writes one CEL condition per row', () => {
    expect(buildFilter([{ kind: 'keyEquals', value: 'x' }])).toBe('key == "x"')
    expect(buildFilter([{ kind: 'valueContains', value: 'x' }])).toBe('value_text.contains("x")')
    expect(buildFilter([{ kind: 'headerEquals', name: 'h', value: 'v' }])).toBe('headers["h"] == "v"')
  })

  it('joins rows with && and skips rows that say nothing', () => {
    expect(
      buildFilter([
        { kind: 'keyEquals', value: 'a' },
        { kind: 'valueContains', value: '' },
        { kind: 'headerEquals', name: '', value: 'v' },
        { kind: 'valueContains', value: 'b' },
      ]),
    ).toBe('key == "a" && value_text.contains("b")')
    expect(buildFilter([])).toBeUndefined()
  })

  it('escapes quotes, backslashes and line breaks', () => {
    expect(celString('say "hi"')).toBe('"say \\"hi\\""')
    expect(celString('C:\\dir')).toBe('"C:\\\\dir"')
    expect(celString('a\\"b')).toBe('"a\\\\\\"b"')
    expect(celString('line1\nline2')).toBe('"line1\\nline2"')
    expect(buildFilter([{ kind: 'headerEquals', name: 'x-"id"', value: '\\' }])).toBe(
      'headers["x-\\"id\\""] == "\\\\"',
    )
  })
})
