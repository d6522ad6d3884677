// @vitest-environment jsdom
import '../../shared/jsdom-antd.ts'
import '../../app/i18n.ts'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { METRICS } from '../../../contract/metrics.ts'
import { i18n } from '../../app/i18n.ts'
import { MetricPicker } from './metric-picker.tsx'
import { defaultSelection, type MetricInfo, metricsOfView } from './views.ts'

const catalogue: MetricInfo[] = METRICS.map((m) => ({
  ...m,
  labels: [...m.labels],
  views: [...m.views],
  hasData: true,
}))

/** The picker as the page holds it: the view's metrics, the defaults checked until the reader changes them. */
function Harness({ onChange }: { onChange?: (names: string[]) => void }) {
  const offered = metricsOfView('topic.basic', catalogue)
  const [selected, setSelected] = useState(defaultSelection('topic.basic', catalogue))
  return (
    <>
      <MetricPicker
        metrics={offered}
        selected={selected}
        onChange={(names) => {
          setSelected(names)
          onChange?.(names)
        }}
      />
      <output data-testid="selected">{selected.join(',')}</output>
    </>
  )
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement

beforeAll(() => i18n.changeLanguage('en-US'))
afterEach(cleanup)

describe('MetricPicker (指标筛选)', () => {
  it('lists the view’s metrics with the default ones checked', async () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', { name: /Metrics/ }))
    await screen.findByText('Metrics shown')
    for (const name of ['Bytes in', 'Bytes out', 'Messages in', 'Topic size'])
      expect(checkbox(name).checked, name).toBe(true)
    for (const name of ['Messages in (from offsets)', 'Bytes in (from log sizes)'])
      expect(checkbox(name).checked, name).toBe(false)
    // Metrics of other views are not offered.
    expect(screen.queryByRole('checkbox', { name: 'JVM heap used' })).toBeNull()
    expect(screen.getByText('4 of 6 shown')).toBeTruthy()
  })

  it('adds and removes metrics, keeping catalogue order, and goes back to the defaults', async () => {
    render(<Harness />)
    fireEvent.click(screen.getByRole('button', { name: /Metrics/ }))
    await screen.findByText('Metrics shown')
    fireEvent.click(checkbox('Bytes in (from log sizes)'))
    fireEvent.click(checkbox('Bytes out'))
    expect(screen.getByTestId('selected').textContent).toBe(
      'bytes_in,messages_in,partition_bytes_in,topic_size',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Defaults' }))
    expect(screen.getByTestId('selected').textContent).toBe('bytes_in,bytes_out,messages_in,topic_size')
  })

  it('is labelled 指标筛选 in Chinese', async () => {
    await i18n.changeLanguage('zh-CN')
    try {
      render(<Harness />)
      expect(screen.getByRole('button', { name: /指标筛选/ })).toBeTruthy()
    } finally {
      await i18n.changeLanguage('en-US')
    }
  })
})
