import { describe, expect, it } from 'vitest'
import type { KafkaMessage } from '../../../contract/messages.ts'
import { toCsv, toJsonLines } from './export-results.ts'

const message = (over: Partial<KafkaMessage>): KafkaMessage => ({
  partition: 0,
  offset: 5,
  timestamp: '2024-01-02T03:04:05.000Z',
  timestampType: 'CreateTime',
  key: 'k',
  keyBase64: 'aw==',
  value: 'v',
  valueBase64: 'dg==',
  headers: [],
  size: 2,
  ...over,
})

describe('toCsv', () => {
  it('writes a header and one escaped row per message', () => {
    const csv = toCsv([
      message({ value: '{"a": 1, "b": "x"}', headers: [{ key: 'h', value: 'v' }] }),
      message({ offset: 6, key: null, keyBase64: null, value: null, valueBase64: '/w==' }),
    ])
    expect(csv.split('\r\n')).toEqual([
      'partition,offset,timestamp,timestampType,key,value,keyBase64,valueBase64,headers,size',
      '0,5,2024-01-02T03:04:05.000Z,CreateTime,k,"{""a"": 1, ""b"": ""x""}",,,"{""h"":""v""}",2',
      '0,6,2024-01-02T03:04:05.000Z,CreateTime,,,,/w==,,2',
      '',
    ])
  })
})

describe('toJsonLines', () => {
  it('writes one JSON object per line', () => {
    const lines = toJsonLines([message({}), message({ offset: 6 })]).split('\n')
    expect(lines).toHaveLength(3)
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ offset: 6 })
  })
})
