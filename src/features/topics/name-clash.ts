export type NameClash = { kind: 'exists' } | { kind: 'collides'; existing: string } | null

/**
 * What the topics found by `similarTo` mean for a new name: the same name is taken outright; a name
 * differing only in "." versus "_" is refused by Kafka, whose metric names cannot tell them apart.
 */
export function nameClash(name: string, similar: readonly string[]): NameClash {
  if (similar.includes(name)) return { kind: 'exists' }
  const other = similar.find((existing) => existing !== name)
  return other === undefined ? null : { kind: 'collides', existing: other }
}
