import { TOPIC_CONFIG_RULES } from '../../../contract/topics.ts'

/** One row of the create form's "Advanced configs" list. */
export interface ConfigRow {
  name?: string
  value?: string
}

export type ConfigRule = { values: readonly string[] } | { min: number; max: number }

/** The reference console's rule for a config key, or undefined for any other key. */
export function knownConfigRule(name: string | undefined): ConfigRule | undefined {
  return name && Object.hasOwn(TOPIC_CONFIG_RULES, name)
    ? TOPIC_CONFIG_RULES[name as keyof typeof TOPIC_CONFIG_RULES]
    : undefined
}

/** The rows as the request's `otherConfigs`; rows without a key are skipped. */
export function configRowsToBody(rows: ConfigRow[] | undefined): Record<string, string> | undefined {
  const filled = (rows ?? []).filter((row) => row.name?.trim())
  if (filled.length === 0) return undefined
  return Object.fromEntries(filled.map((row) => [row.name?.trim(), String(row.value ?? '')]))
}

const prefix = 'otherConfigs.'

/**
 * The server names a config's problem `otherConfigs.retention.ms`: the key keeps its own dots, so the
 * path cannot be split like `tags.0.tagKey`. Each such error goes to the row holding that key; the rest
 * (other fields, or a key no row holds) is returned for the caller to show elsewhere.
 */
export function splitConfigFieldErrors(
  fields: Record<string, string>,
  rows: ConfigRow[] | undefined,
): { rowErrors: Array<{ index: number; message: string }>; rest: Record<string, string> } {
  const rowErrors: Array<{ index: number; message: string }> = []
  const rest: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields)) {
    const key = path.startsWith(prefix) ? path.slice(prefix.length) : null
    const index = key === null ? -1 : (rows ?? []).findIndex((row) => row.name?.trim() === key)
    if (index >= 0) rowErrors.push({ index, message })
    else rest[path] = message
  }
  return { rowErrors, rest }
}
