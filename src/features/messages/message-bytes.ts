import { isJsonDocument } from './pretty-json.ts'

export const byteViews = ['text', 'json', 'hex', 'base64'] as const
export type ByteView = (typeof byteViews)[number]

/** The server sends key and value twice: as base64 (always) and as text (only when valid UTF-8). */
export interface MessageBytes {
  text: string | null
  base64: string | null
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** `48 65 6c 6c 6f`, sixteen bytes a line. */
export function toHex(bytes: Uint8Array): string {
  const lines: string[] = []
  for (let start = 0; start < bytes.length; start += 16) {
    const line = Array.from(bytes.subarray(start, start + 16), (b) => b.toString(16).padStart(2, '0'))
    lines.push(line.join(' '))
  }
  return lines.join('\n')
}

/** JSON when it is a JSON object or array, text when it is UTF-8, otherwise hex. */
export function defaultView({ text }: MessageBytes): ByteView {
  if (isJsonDocument(text)) return 'json'
  return text === null ? 'hex' : 'text'
}

export function availableViews({ text }: MessageBytes): ByteView[] {
  if (text === null) return ['hex', 'base64']
  return isJsonDocument(text) ? ['text', 'json', 'hex', 'base64'] : ['text', 'hex', 'base64']
}

/** A one-line preview for the table: the text, or the first bytes in hex when it is not text. */
export function previewBytes({ text, base64 }: MessageBytes, length = 200): string | null {
  if (base64 === null) return null
  if (text !== null) return text.length > length ? `${text.slice(0, length)}…` : text
  const bytes = base64ToBytes(base64)
  return `0x ${toHex(bytes.subarray(0, 16)).replace(/\n/g, ' ')}${bytes.length > 16 ? ' …' : ''}`
}
