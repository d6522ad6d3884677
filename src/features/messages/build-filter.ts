/** One row of the simple filter: each becomes a CEL condition, and the rows are joined with `&&`. */
export type FilterRow =
  | { kind: 'keyEquals'; value: string }
  | { kind: 'valueContains'; value: string }
  | { kind: 'headerEquals'; name: string; value: string }

export const filterKinds = ['keyEquals', 'valueContains', 'headerEquals'] as const

/** A CEL string literal: backslashes first, then quotes and the control characters a literal cannot hold. */
export function celString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
  return `"${escaped}"`
}

function condition(row: FilterRow): string | null {
  switch (row.kind) {
    case 'keyEquals':
      return `key == ${celString(row.value)}`
    case 'valueContains':
      return row.value === '' ? null : `value_text.contains(${celString(row.value)})`
    case 'headerEquals':
      return row.name === '' ? null : `headers[${celString(row.name)}] == ${celString(row.value)}`
  }
}

/** The CEL expression the rows stand for, or undefined when no row says anything. */
export function buildFilter(rows: FilterRow[]): string | undefined {
  const parts = rows.map(condition).filter((part): part is string => part !== null)
  return parts.length === 0 ? undefined : parts.join(' && ')
}
