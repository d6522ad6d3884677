import { FilterOutlined } from '@ant-design/icons'
import { Badge, Button, Checkbox, Flex, Popover, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { metricLabel } from './metric-chart.tsx'
import type { MetricInfo } from './views.ts'

/**
 * 指标筛选: which of a view's metrics are drawn. The catalogue's default ones are checked until the reader
 * chooses otherwise.
 */
export function MetricPicker({
  metrics,
  selected,
  onChange,
}: {
  /** The metrics the view can draw, in catalogue order. */
  metrics: MetricInfo[]
  selected: string[]
  onChange: (names: string[]) => void
}) {
  const { t } = useTranslation()
  const defaults = metrics.filter((metric) => metric.byDefault).map((metric) => metric.name)
  const content = (
    <Flex vertical gap={8} style={{ maxWidth: 320 }}>
      <Checkbox.Group
        aria-label={t('monitoring.picker.title')}
        value={selected}
        // Kept in catalogue order whatever order they were ticked in.
        onChange={(names) => onChange(metrics.map((m) => m.name).filter((name) => names.includes(name)))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={metrics.map((metric) => ({ value: metric.name, label: metricLabel(t, metric.name) }))}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          {t('monitoring.picker.count', { count: selected.length, total: metrics.length })}
        </Typography.Text>
        <Button size="small" type="link" onClick={() => onChange(defaults)}>
          {t('monitoring.picker.defaults')}
        </Button>
      </Flex>
    </Flex>
  )
  return (
    <Popover trigger="click" placement="bottomRight" title={t('monitoring.picker.title')} content={content}>
      <Badge count={selected.length} size="small" color="blue">
        <Button icon={<FilterOutlined />}>{t('monitoring.picker.button')}</Button>
      </Badge>
    </Popover>
  )
}
