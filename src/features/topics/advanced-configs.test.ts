import { describe, expect, it } from 'vitest'
import { configRowsToBody, knownConfigRule, splitConfigFieldErrors } from './advanced-configs.ts'

describe('splitConfigFieldErrors', () => {
  const rows = [
    { name: 'cleanup.policy', value: 'compact' },
    { name: 'retention.ms', value: '0' },
    { name: 'compression.type', value: 'zstd' },
  ]

  it('sends otherConfigs.<dotted key> to the row holding that key', () => {
    expect(
      splitConfigFieldErrors(
        { 'otherConfigs.retention.ms': 'Too small.', 'otherConfigs.compression.type': 'No.' },
        rows,
      ),
    ).toEqual({
      rowErrors: [
        { index: 1, message: 'Too small.' },
        { index: 2, message: 'No.' },
      ],
      rest: {},
    })
  })

  it('returns other fields and keys no row holds', () => {
    expect(
      splitConfigFieldErrors(
        { topicName: 'Taken.', 'otherConfigs.segment.ms': 'Bad.', otherConfigs: 'Too many.' },
        rows,
      ),
    ).toEqual({
      rowErrors: [],
      rest: { topicName: 'Taken.', 'otherConfigs.segment.ms': 'Bad.', otherConfigs: 'Too many.' },
    })
  })

  it('copes with no rows at all', () => {
    expect(splitConfigFieldErrors({ 'otherConfigs.retention.ms': 'x' }, undefined).rest).toEqual({
      'otherConfigs.retention.ms': 'x',
    })
  })
})

describe('configRowsToBody', () => {
  it('keeps rows with a key, as strings', () => {
    expect(configRowsToBody([{ name: ' retention.ms ', value: '1000' }, { value: 'orphan' }])).toEqual({
      'retention.ms': '1000',
    })
    expect(configRowsToBody([])).toBeUndefined()
  })
})

describe('knownConfigRule', () => {
  it("knows the reference console's six keys only", () => {
    expect(knownConfigRule('cleanup.policy')).toHaveProperty('values')
    expect(knownConfigRule('retention.ms')).toEqual({ min: 1, max: 1_728_000_000 })
    expect(knownConfigRule('compression.type')).toBeUndefined()
    expect(knownConfigRule('toString')).toBeUndefined()
  })
})
