import { ReloadOutlined } from '@ant-design/icons'
import { Button, DatePicker, type GetProps, Segmented, Select, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import {
  RANGE_PRESETS,
  type RangePreset,
  REFRESH_CHOICES,
  type RefreshChoice,
  type TimeRange,
} from './time-range.ts'

type PickedRange = GetProps<typeof DatePicker.RangePicker>['value']

/** The time range of every chart on the page (15 min … 7 days, or custom) and how often it moves forward. */
export function RangeToolbar({
  range,
  onRange,
  refresh,
  onRefresh,
  onRefreshNow,
  refreshing,
}: {
  range: TimeRange
  onRange: (range: TimeRange) => void
  refresh: RefreshChoice
  onRefresh: (choice: RefreshChoice) => void
  onRefreshNow: () => void
  refreshing: boolean
}) {
  const { t } = useTranslation()
  const [picking, setPicking] = useState(false)
  const [picked, setPicked] = useState<PickedRange>(null)
  const custom = !('preset' in range)
  const segment = custom || picking ? 'custom' : range.preset

  return (
    <Space wrap>
      <Segmented<RangePreset | 'custom'>
        aria-label={t('monitoring.range.label')}
        value={segment}
        onChange={(value) => {
          if (value === 'custom') return setPicking(true)
          setPicking(false)
          setPicked(null)
          onRange({ preset: value })
        }}
        options={[
          ...RANGE_PRESETS.map((preset) => ({ value: preset, label: t(`monitoring.range.${preset}`) })),
          { value: 'custom' as const, label: t('monitoring.range.custom') },
        ]}
      />
      {segment === 'custom' && (
        <DatePicker.RangePicker
          showTime
          aria-label={t('monitoring.range.customLabel')}
          value={picked}
          onChange={(value) => {
            setPicked(value)
            const [from, to] = value ?? []
            if (from && to && to.valueOf() > from.valueOf())
              onRange({ start: from.valueOf(), end: to.valueOf() })
          }}
          disabledDate={(date) => date.valueOf() > Date.now()}
        />
      )}
      <label htmlFor="monitoring-refresh" style={visuallyHidden}>
        {t('monitoring.refresh.label')}
      </label>
      <Select<RefreshChoice>
        id="monitoring-refresh"
        virtual={false}
        value={refresh}
        onChange={onRefresh}
        // A fixed range does not move: there is nothing to refresh it for.
        disabled={custom}
        options={REFRESH_CHOICES.map((choice) => ({
          value: choice,
          label: t('monitoring.refresh.option', { every: t(`monitoring.refresh.${choice}`) }),
        }))}
        style={{ width: 184 }}
      />
      <Button
        icon={<ReloadOutlined />}
        onClick={onRefreshNow}
        loading={refreshing}
        aria-label={t('common.refresh')}
      />
    </Space>
  )
}
