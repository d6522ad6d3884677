import { describe, expect, it } from 'vitest'
import { isJsonDocument, prettyJson, readJson } from './pretty-json.ts'

describe('prettyJson', () => {
  it('keeps every digit of an integer beyond 2^53', () => {
    expect(prettyJson('{"id": 12345678901234567890}')).toBe('{\n  "id": 12345678901234567890\n}')
    expect(prettyJson('[1.50, -0.0e+10]')).toBe('[\n  1.50,\n  -0.0e+10\n]')
  })

  it('indents nested objects and arrays and keeps strings as written', () => {
    expect(prettyJson('{"a":{"b":[true,null,"x\\"y\\u00e9"]},"c":{},"d":[]}')).toBe(
      [
        '{',
        '  "a": {',
        '    "b": [',
        '      true,',
        '      null,',
        '      "x\\"y\\u00e9"',
        '    ]',
        '  },',
        '  "c": {},',
        '  "d": []',
        '}',
      ].join('\n'),
    )
  })

  it('answers null for text that is not JSON', () => {
    for (const text of ['', 'hello', '{"a":1', '{"a":1}}', "{'a':1}", '[1,]', '{"a" 1}', '01', 'nul'])
      expect(prettyJson(text), text).toBeNull()
  })

  it('reads a number as its text, never as a double', () => {
    expect(readJson('9007199254740993')).toEqual({ kind: 'number', text: '9007199254740993' })
  })

  it('counts only objects and arrays as documents', () => {
    expect(isJsonDocument(' {"a": 1} ')).toBe(true)
    expect(isJsonDocument('[1]')).toBe(true)
    expect(isJsonDocument('42')).toBe(false)
    expect(isJsonDocument('{not json}')).toBe(false)
    expect(isJsonDocument(null)).toBe(false)
  })
})
