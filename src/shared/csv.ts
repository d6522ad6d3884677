/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A header line and one line a row, each ended by CRLF as RFC 4180 has it. */
export function csvTable(header: readonly string[], rows: (string | number | null)[][]): string {
  return [header.join(','), ...rows.map((row) => row.map(csvField).join(','))]
    .map((line) => `${line}\r\n`)
    .join('')
}
