import { Form, type FormInstance, InputNumber, Select, Space, Switch } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LocalCatalogue } from '../../../contract/cluster-create.ts'
import { StorageMetaSchema } from '../../../contract/provisioned.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import {
  retentionSizeUnits,
  retentionTimeUnits,
  roughly,
  totalNodes,
  type WizardValues,
} from './wizard-form.ts'
import { contractRule, type Translate } from './wizard-rules.ts'

/** Step 3: disk budget per node and what Ferry does when a disk fills up. */
export function StorageStep({
  form,
  catalogue,
  translate,
}: {
  form: FormInstance<WizardValues>
  catalogue: LocalCatalogue
  translate: Translate
}) {
  const { t } = useTranslation()
  const watermark = Form.useWatch('storagePolicyEnabled', form)
  const size = Form.useWatch('storageSize', form) ?? 0
  const nodes = totalNodes({
    nodesPerZone: Form.useWatch('nodesPerZone', form),
    logicalZones: Form.useWatch('logicalZones', form),
  })
  const required = (message: string) => ({ required: true, message })
  return (
    <>
      <Form.Item
        name="storageSize"
        label={t('clusterCreate.storageSize')}
        required
        validateFirst
        rules={[
          required(t('clusterCreate.storageSizeRequired')),
          zodRule(StorageMetaSchema.shape.storageSize, translate),
        ]}
        extra={t('clusterCreate.storageSizeHint', {
          total: size * nodes,
          nodes,
          free: roughly(catalogue.freeDiskGb),
        })}
      >
        <InputNumber min={1} precision={0} addonAfter="GB" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="storagePolicyEnabled"
        label={t('clusterCreate.watermark')}
        valuePropName="checked"
        extra={t('clusterCreate.watermarkHint')}
      >
        <Switch />
      </Form.Item>
      {watermark && (
        <>
          <Form.Item
            name="thresholdPercent"
            label={t('clusterCreate.threshold')}
            required
            validateFirst
            rules={[
              required(t('clusterCreate.thresholdRequired')),
              contractRule(form, ['thresholdPercent'], translate),
            ]}
            extra={t('clusterCreate.thresholdHint')}
          >
            <InputNumber min={1} max={100} precision={0} addonAfter="%" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            label={t('clusterCreate.minRetentionTime')}
            required
            extra={t('clusterCreate.minRetentionTimeHint')}
          >
            <Space.Compact>
              <Form.Item
                name="retentionTime"
                noStyle
                validateFirst
                dependencies={['retentionTimeUnit']}
                rules={[
                  required(t('clusterCreate.minRetentionTimeRequired')),
                  contractRule(form, ['retentionTime'], translate),
                ]}
              >
                <InputNumber
                  min={1}
                  precision={0}
                  aria-label={t('clusterCreate.minRetentionTime')}
                  style={{ width: 120 }}
                />
              </Form.Item>
              <Form.Item name="retentionTimeUnit" noStyle>
                <Select
                  virtual={false}
                  aria-label={t('clusterCreate.timeUnit')}
                  style={{ width: 110 }}
                  options={Object.keys(retentionTimeUnits).map((unit) => ({
                    value: unit,
                    label: t(`clusterCreate.timeUnits.${unit as keyof typeof retentionTimeUnits}`),
                  }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item
            label={t('clusterCreate.minRetentionSize')}
            required
            extra={t('clusterCreate.minRetentionSizeHint')}
          >
            <Space.Compact>
              <Form.Item
                name="retentionSize"
                noStyle
                validateFirst
                dependencies={['retentionSizeUnit']}
                rules={[
                  required(t('clusterCreate.minRetentionSizeRequired')),
                  contractRule(form, ['retentionSize'], translate),
                ]}
              >
                <InputNumber
                  min={0}
                  precision={0}
                  aria-label={t('clusterCreate.minRetentionSize')}
                  style={{ width: 120 }}
                />
              </Form.Item>
              <Form.Item name="retentionSizeUnit" noStyle>
                <Select
                  virtual={false}
                  aria-label={t('clusterCreate.sizeUnit')}
                  style={{ width: 90 }}
                  options={Object.keys(retentionSizeUnits).map((unit) => ({ value: unit, label: unit }))}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </>
      )}
    </>
  )
}
