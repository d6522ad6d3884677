/** One sample line of the Prometheus text exposition format. */
export interface PromSample {
  name: string
  labels: Record<string, string>
  value: number
  /** Epoch milliseconds, when the line carries one (Prometheus's /federate does; exporters do not). */
  timestampMs?: number
}

const NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y
const LABEL_NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y
const SPACES = /[ \t]*/y

function parseValue(text: string): number | null {
  switch (text) {
    case 'NaN':
      return Number.NaN
    case '+Inf':
    case 'Inf':
      return Number.POSITIVE_INFINITY
    case '-Inf':
      return Number.NEGATIVE_INFINITY
  }
  const value = Number(text)
  return text === '' || Number.isNaN(value) ? null : value
}

/** A line cursor: each step consumes what it matched or answers null, leaving the line unparsed. */
class Line {
  at = 0
  constructor(readonly text: string) {}

  match(re: RegExp): string | null {
    re.lastIndex = this.at
    const m = re.exec(this.text)
    if (!m) return null
    this.at = re.lastIndex
    return m[0]
  }

  skipSpaces() {
    this.match(SPACES)
  }

  take(char: string): boolean {
    if (this.text[this.at] !== char) return false
    this.at++
    return true
  }

  /** A double-quoted label value with the format's three escapes: \\, \" and \n. */
  quoted(): string | null {
    if (!this.take('"')) return null
    let value = ''
    while (this.at < this.text.length) {
      const c = this.text[this.at++] as string
      if (c === '"') return value
      if (c !== '\\') {
        value += c
        continue
      }
      const escaped = this.text[this.at++]
      value += escaped === 'n' ? '\n' : (escaped ?? '')
    }
    return null
  }

  labels(): Record<string, string> | null {
    const labels: Record<string, string> = {}
    if (!this.take('{')) return labels
    for (;;) {
      this.skipSpaces()
      if (this.take('}')) return labels
      const name = this.match(LABEL_NAME)
      this.skipSpaces()
      if (!name || !this.take('=')) return null
      this.skipSpaces()
      const value = this.quoted()
      if (value === null) return null
      labels[name] = value
      this.skipSpaces()
      // A trailing comma before the brace is allowed.
      if (!this.take(',') && this.text[this.at] !== '}') return null
    }
  }
}

function parseSample(text: string): PromSample | null {
  const line = new Line(text)
  const name = line.match(NAME)
  if (!name) return null
  line.skipSpaces()
  const labels = line.labels()
  if (!labels) return null
  const [valueText = '', timestampText, ...rest] = text
    .slice(line.at)
    .trim()
    .split(/[ \t]+/)
  const value = parseValue(valueText)
  if (value === null || rest.length > 0) return null
  if (timestampText === undefined) return { name, labels, value }
  const timestampMs = Number(timestampText)
  return Number.isInteger(timestampMs) ? { name, labels, value, timestampMs } : null
}

/**
 * Parses the text format exporters and Prometheus's /federate answer. Comments (HELP, TYPE) carry nothing
 * Ferry needs, since its mapping knows which series are counters. A line that does not parse is skipped and
 * counted, so one odd series does not cost the whole scrape.
 */
export function parsePrometheusText(text: string): { samples: PromSample[]; skipped: number } {
  const samples: PromSample[] = []
  let skipped = 0
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const sample = parseSample(line)
    if (sample) samples.push(sample)
    else skipped++
  }
  return { samples, skipped }
}
