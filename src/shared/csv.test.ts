import { describe, expect, it } from 'vitest'
import { csvField, csvTable } from './csv.ts'

describe('csvField', () => {
  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line1\nline2')).toBe('"line1\nline2"')
    expect(csvField('cr\r')).toBe('"cr\r"')
    expect(csvField(42)).toBe('42')
    expect(csvField(null)).toBe('')
  })
})

describe('csvTable', () => {
  it('writes the header and escaped rows, each line ended by CRLF', () => {
    expect(csvTable(['a', 'b'], [['x,y', null]])).toBe('a,b\r\n"x,y",\r\n')
    expect(csvTable(['a'], [])).toBe('a\r\n')
  })
})
