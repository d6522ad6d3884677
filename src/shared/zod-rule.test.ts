import { describe, expect, it } from 'vitest'
import { RegisterExternalClusterSchema } from '../../contract/clusters.ts'
import { zodRule } from './zod-rule.ts'

const fields = RegisterExternalClusterSchema.shape

function validate(rule: ReturnType<typeof zodRule>, value: unknown): Promise<void> {
  if (typeof rule !== 'object' || !rule.validator) throw new Error('zodRule must give a validator rule')
  return rule.validator({}, value, () => {}) as Promise<void>
}

describe('zodRule', () => {
  it('passes a value the schema accepts', async () => {
    await expect(validate(zodRule(fields.name), 'orders-prod')).resolves.toBeUndefined()
  })

  it("fails with the schema's own message", async () => {
    await expect(validate(zodRule(fields.name), 'orders prod')).rejects.toThrow(
      'Use letters, digits, “_”, “-” and “.” only.',
    )
    await expect(validate(zodRule(fields.bootstrapServers), 'k:99999')).rejects.toThrow(
      'A port is at most 65535.',
    )
  })

  it('reads a blank required field as an empty string, so the "enter a ..." message shows', async () => {
    await expect(validate(zodRule(fields.name), undefined)).rejects.toThrow('Enter a cluster name.')
  })

  it('lets an optional field stay blank but checks it once filled', async () => {
    await expect(validate(zodRule(fields.caCertificate), '')).resolves.toBeUndefined()
    await expect(validate(zodRule(fields.caCertificate), 'not a pem')).rejects.toThrow(
      'Paste a PEM certificate',
    )
  })

  it('localises the message through the translate function', async () => {
    await expect(
      validate(
        zodRule(fields.name, (m) => `zh:${m}`),
        '',
      ),
    ).rejects.toThrow('zh:Enter a cluster name.')
  })
})
