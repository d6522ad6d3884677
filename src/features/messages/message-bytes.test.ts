import { describe, expect, it } from 'vitest'
import { availableViews, base64ToBytes, defaultView, previewBytes, toHex } from './message-bytes.ts'

describe('message bytes', () => {
  it('picks JSON for a JSON document, text for UTF-8 and hex for other bytes', () => {
    expect(defaultView({ text: '{"a":1}', base64: 'eyJhIjoxfQ==' })).toBe('json')
    expect(defaultView({ text: 'hello', base64: 'aGVsbG8=' })).toBe('text')
    expect(defaultView({ text: null, base64: '/w==' })).toBe('hex')
    expect(availableViews({ text: null, base64: '/w==' })).toEqual(['hex', 'base64'])
  })

  it('writes hex sixteen bytes a line', () => {
    expect(toHex(base64ToBytes('SGVsbG8='))).toBe('48 65 6c 6c 6f')
    expect(toHex(new Uint8Array(17)).split('\n')).toHaveLength(2)
  })

  it('previews text, binary and missing bytes', () => {
    expect(previewBytes({ text: 'abcdef', base64: 'x' }, 3)).toBe('abc…')
    expect(previewBytes({ text: null, base64: '/wA=' })).toBe('0x ff 00')
    expect(previewBytes({ text: null, base64: null })).toBeNull()
  })
})
