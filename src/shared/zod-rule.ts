import type { FormRule } from 'antd'
import type { z } from 'zod'

/**
 * An antd Form rule that validates with a contract schema, so a limit is written once.
 * An empty field passes when the schema accepts `undefined` (an optional field left blank).
 * `translate` lets the caller localise the contract's English messages.
 */
export function zodRule(schema: z.ZodType, translate: (message: string) => string = (m) => m): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const blank = value === undefined || value === null || value === ''
      if (blank && schema.safeParse(undefined).success) return
      const result = schema.safeParse(blank ? '' : value)
      if (result.success) return
      throw new Error(translate(result.error.issues[0]?.message ?? 'Invalid value.'))
    },
  }
}
