/**
 * JSON read without JSON.parse: a number token keeps its text, so an id like 12345678901234567890
 * (beyond 2^53) shows every digit instead of JavaScript's rounded double.
 */
export type JsonNode =
  | { kind: 'object'; entries: Array<{ key: string; value: JsonNode }> }
  | { kind: 'array'; items: JsonNode[] }
  /** `text` is the token as written: a string keeps its quotes and escapes. */
  | { kind: 'string' | 'number' | 'literal'; text: string }

// Deeper documents are shown as text: the reader below recurses once per level.
const maxDepth = 500

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters inside a string.
const stringPattern = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const literalPattern = /true|false|null/y
const spacePattern = /[ \t\n\r]*/y

class Reader {
  position = 0
  constructor(private readonly text: string) {}

  skipSpace() {
    spacePattern.lastIndex = this.position
    spacePattern.exec(this.text)
    this.position = spacePattern.lastIndex
  }

  match(pattern: RegExp): string | null {
    pattern.lastIndex = this.position
    const found = pattern.exec(this.text)
    if (!found) return null
    this.position = pattern.lastIndex
    return found[0]
  }

  peek(): string | undefined {
    return this.text[this.position]
  }

  value(depth: number): JsonNode | null {
    if (depth > maxDepth) return null
    this.skipSpace()
    const next = this.peek()
    if (next === '{') return this.object(depth)
    if (next === '[') return this.array(depth)
    if (next === '"') {
      const text = this.match(stringPattern)
      return text === null ? null : { kind: 'string', text }
    }
    const number = this.match(numberPattern)
    if (number !== null) return { kind: 'number', text: number }
    const literal = this.match(literalPattern)
    return literal === null ? null : { kind: 'literal', text: literal }
  }

  object(depth: number): JsonNode | null {
    this.position++
    const entries: Array<{ key: string; value: JsonNode }> = []
    this.skipSpace()
    if (this.peek() === '}') {
      this.position++
      return { kind: 'object', entries }
    }
    for (;;) {
      this.skipSpace()
      const key = this.match(stringPattern)
      if (key === null) return null
      this.skipSpace()
      if (this.peek() !== ':') return null
      this.position++
      const value = this.value(depth + 1)
      if (value === null) return null
      entries.push({ key, value })
      this.skipSpace()
      const separator = this.peek()
      this.position++
      if (separator === '}') return { kind: 'object', entries }
      if (separator !== ',') return null
    }
  }

  array(depth: number): JsonNode | null {
    this.position++
    const items: JsonNode[] = []
    this.skipSpace()
    if (this.peek() === ']') {
      this.position++
      return { kind: 'array', items }
    }
    for (;;) {
      const item = this.value(depth + 1)
      if (item === null) return null
      items.push(item)
      this.skipSpace()
      const separator = this.peek()
      this.position++
      if (separator === ']') return { kind: 'array', items }
      if (separator !== ',') return null
    }
  }
}

/** The document's tree, or null when the text is not exactly one JSON value. */
export function readJson(text: string): JsonNode | null {
  const reader = new Reader(text)
  const node = reader.value(0)
  if (node === null) return null
  reader.skipSpace()
  return reader.position === text.length ? node : null
}

/** True for an object or array: a bare number or string reads better as text. */
export function isJsonDocument(text: string | null): boolean {
  if (text === null) return false
  const start = text.trimStart()[0]
  return (start === '{' || start === '[') && readJson(text) !== null
}

export function formatJsonNode(node: JsonNode, indent = '  ', prefix = ''): string {
  const inner = prefix + indent
  if (node.kind === 'object') {
    if (node.entries.length === 0) return '{}'
    const lines = node.entries.map(
      ({ key, value }) => `${inner}${key}: ${formatJsonNode(value, indent, inner)}`,
    )
    return `{\n${lines.join(',\n')}\n${prefix}}`
  }
  if (node.kind === 'array') {
    if (node.items.length === 0) return '[]'
    const lines = node.items.map((item) => inner + formatJsonNode(item, indent, inner))
    return `[\n${lines.join(',\n')}\n${prefix}]`
  }
  return node.text
}

/** The text indented two spaces a level, every token as written; null when it is not JSON. */
export function prettyJson(text: string): string | null {
  const node = readJson(text)
  return node === null ? null : formatJsonNode(node)
}
