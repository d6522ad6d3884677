import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Flex, Form, Input, InputNumber, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { MetricSourcesSchema } from '../../../contract/metrics.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { metricSourcesQuery, useUpdateMetricSources } from './api.ts'

interface SourcesForm {
  prometheusUrl?: string
  exporters: Array<{ brokerId?: number; url?: string }>
}

const exporterFields = MetricSourcesSchema.shape.exporters.element.shape

/**
 * Where an external cluster's broker metrics come from: one exporter URL per broker, or a Prometheus server
 * that scrapes them. Local clusters need none of it.
 */
export function MetricSourcesModal({
  clusterId,
  open,
  onClose,
}: {
  clusterId: string
  open: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const [form] = Form.useForm<SourcesForm>()
  const current = useQuery({ ...metricSourcesQuery(clusterId), enabled: open })
  const save = useUpdateMetricSources(clusterId)

  useEffect(() => {
    if (!open || !current.data) return
    form.setFieldsValue({
      prometheusUrl: current.data.prometheusUrl ?? undefined,
      exporters: current.data.exporters,
    })
  }, [open, current.data, form])

  return (
    <FormModal<SourcesForm>
      open={open}
      title={t('monitoring.sources.title')}
      form={form}
      name="metric-sources"
      initialValues={{ exporters: [] }}
      save={async (values) => {
        await save.mutateAsync({
          prometheusUrl: values.prometheusUrl?.trim() || null,
          exporters: values.exporters.map((row) => ({
            brokerId: row.brokerId ?? 0,
            url: (row.url ?? '').trim(),
          })),
        })
        message.success(t('monitoring.sources.saved'))
      }}
      pending={save.isPending || current.isPending}
      onClose={onClose}
      okText={t('monitoring.sources.save')}
      failedTitle={t('monitoring.sources.failed')}
    >
      <Typography.Paragraph type="secondary">{t('monitoring.sources.intro')}</Typography.Paragraph>
      <Form.Item
        name="prometheusUrl"
        label={t('monitoring.sources.prometheusUrl')}
        extra={t('monitoring.sources.prometheusUrlHint')}
        rules={[zodRule(MetricSourcesSchema.shape.prometheusUrl.unwrap().optional(), translate)]}
      >
        <Input placeholder="http://prometheus:9090" autoComplete="off" />
      </Form.Item>
      <Typography.Text strong>{t('monitoring.sources.exporters')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('monitoring.sources.exportersHint')}</Typography.Paragraph>
      <Form.List name="exporters">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item
                  name={[row.name, 'brokerId']}
                  rules={[{ required: true, message: t('monitoring.sources.brokerIdRequired') }]}
                  style={{ flex: '0 0 120px' }}
                >
                  <InputNumber
                    min={0}
                    precision={0}
                    aria-label={t('monitoring.sources.brokerId')}
                    placeholder={t('monitoring.sources.brokerId')}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'url']}
                  rules={[zodRule(exporterFields.url, translate)]}
                  style={{ flex: 1 }}
                >
                  <Input
                    aria-label={t('monitoring.sources.exporterUrl')}
                    placeholder="http://10.0.0.5:9404/metrics"
                    autoComplete="off"
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('monitoring.sources.remove')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('monitoring.sources.add')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  )
}
