import { describe, expect, it } from 'vitest'
import { byteAxisInterval, emptyReason, latestValue } from './chart-state.ts'

const none = { series: [] }
const emptySeries = { series: [{ labels: { node: '1' }, points: [] }] }
const drawn = { series: [{ labels: {}, points: [[1, 2]] as Array<[number, number]> }] }

describe('chart empty states', () => {
  it('draws as soon as one series has a point', () => {
    expect(emptyReason({ hasData: false, source: 'exporter' }, 'external', drawn)).toBeNull()
  })

  it('says the first samples are on their way while a metric has none yet', () => {
    expect(emptyReason({ hasData: false, source: 'exporter' }, 'local', none)).toBe('noDataYet')
    expect(emptyReason({ hasData: false, source: 'protocol' }, 'external', emptySeries)).toBe('noDataYet')
  })

  it('asks for an exporter when an external cluster has no broker metrics', () => {
    expect(emptyReason({ hasData: false, source: 'exporter' }, 'external', none)).toBe('needsExporter')
  })

  it('says host metrics are for local clusters', () => {
    expect(emptyReason({ hasData: false, source: 'host' }, 'external', none)).toBe('hostLocalOnly')
  })

  it('says the range is empty when the metric has data elsewhere', () => {
    expect(emptyReason({ hasData: true, source: 'exporter' }, 'external', emptySeries)).toBe('nothingInRange')
  })
})

describe('latest value of a chart', () => {
  const series = [
    {
      labels: { node: '1' },
      points: [
        [1, 5],
        [2, 10],
      ] as Array<[number, number]>,
    },
    { labels: { node: '2' }, points: [[1, 30]] as Array<[number, number]> },
    { labels: { node: '3' }, points: [] },
  ]

  it('combines each series’ last point as the metric combines series', () => {
    expect(latestValue(series, 'sum')).toBe(40)
    expect(latestValue(series, 'max')).toBe(30)
    expect(latestValue(series, 'avg')).toBe(20)
  })

  it('is null without points', () => {
    expect(latestValue([{ labels: {}, points: [] }], 'sum')).toBeNull()
  })
})

describe('byte axis steps', () => {
  it('are round numbers of the unit the values are in', () => {
    expect(byteAxisInterval(381 * 1024 ** 2)).toBe(100 * 1024 ** 2)
    expect(byteAxisInterval(11.7 * 1024)).toBe(5 * 1024)
    expect(byteAxisInterval(45)).toBe(10)
    expect(byteAxisInterval(1000 * 1024)).toBe(200 * 1024)
  })

  it('leave an empty chart to echarts', () => {
    expect(byteAxisInterval(0)).toBeUndefined()
  })
})
