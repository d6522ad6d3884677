import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, type FormInstance, Input, Radio, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { type LocalCatalogue, ProvisionedSchema } from '../../../contract/cluster-create.ts'
import { ClusterNameSchema } from '../../../contract/clusters.ts'
import { ConfigMetaSchema } from '../../../contract/provisioned.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import type { WizardValues } from './wizard-form.ts'
import { contractRule, type Translate } from './wizard-rules.ts'

/** Step 1: name, Kafka version and the broker settings on top of the defaults. */
export function BasicsStep({
  form,
  catalogue,
  translate,
}: {
  form: FormInstance<WizardValues>
  catalogue: LocalCatalogue
  translate: Translate
}) {
  const { t } = useTranslation()
  const missing = catalogue.kafkaVersions.filter((v) => !v.available).map((v) => v.version)
  return (
    <>
      <Form.Item
        name="name"
        label={t('clusterCreate.name')}
        extra={t('clusterCreate.nameHint')}
        required
        rules={[zodRule(ClusterNameSchema, translate)]}
      >
        <Input placeholder="orders-prod" autoComplete="off" maxLength={65} showCount />
      </Form.Item>
      <Form.Item
        name="kafkaVersion"
        label={t('clusterCreate.kafkaVersion')}
        required
        rules={[zodRule(ProvisionedSchema.shape.kafkaVersion, translate)]}
        extra={missing.length > 0 && t('clusterCreate.versionsMissing', { versions: missing.join(', ') })}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={catalogue.kafkaVersions.map(({ version, available }) => ({
            value: version,
            label: available ? version : t('clusterCreate.versionMissing', { version }),
            disabled: !available,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('clusterCreate.configuration')} extra={t('clusterCreate.overridesHint')}>
        <Typography.Text>{t('clusterCreate.defaultConfiguration')}</Typography.Text>
      </Form.Item>
      <Form.List name="configOverrides">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item
                  name={[row.name, 'key']}
                  validateFirst
                  rules={[
                    { required: true, whitespace: true, message: t('clusterCreate.overrideKeyRequired') },
                    uniqueKey(form, row.name, t('clusterCreate.overrideKeyTwice')),
                    contractRule(form, ['configOverrides', row.name, 'key'], translate),
                  ]}
                  style={{ flex: '0 0 300px' }}
                >
                  <Input
                    aria-label={t('clusterCreate.overrideKey')}
                    placeholder="log.retention.hours"
                    autoComplete="off"
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'value']}
                  rules={[
                    { required: true, message: t('clusterCreate.overrideValueRequired') },
                    zodRule(ConfigMetaSchema.shape.context.unwrap().valueType, translate),
                  ]}
                  style={{ flex: 1 }}
                >
                  <Input aria-label={t('clusterCreate.overrideValue')} placeholder="24" autoComplete="off" />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('clusterCreate.removeOverride')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
              {t('clusterCreate.addOverride')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  )
}

function uniqueKey(form: FormInstance<WizardValues>, index: number, message: string) {
  return {
    validator: async (_rule: unknown, key: unknown) => {
      const rows = form.getFieldValue('configOverrides') as WizardValues['configOverrides']
      const first = (rows ?? []).findIndex((row) => row.key?.trim() === String(key ?? '').trim())
      if (key && first !== index) throw new Error(message)
    },
  }
}
