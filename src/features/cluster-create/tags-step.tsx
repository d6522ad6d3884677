import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, type FormInstance, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { TagSchema } from '../../../contract/clusters.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import type { WizardValues } from './wizard-form.ts'
import { contractRule, type Translate } from './wizard-rules.ts'

/** Step 5: key/value tags, starting with the reference's `KAFKA-Cluster` row. */
export function TagsStep({ form, translate }: { form: FormInstance<WizardValues>; translate: Translate }) {
  const { t } = useTranslation()
  return (
    <>
      <Typography.Paragraph type="secondary">{t('clusterCreate.tagsHint')}</Typography.Paragraph>
      <Form.List name="tags" rules={[contractRule(form, ['tags'], translate)]}>
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item
                  name={[row.name, 'tagKey']}
                  rules={[zodRule(TagSchema.shape.tagKey, translate)]}
                  style={{ flex: '0 0 260px' }}
                >
                  <Input aria-label={t('clusterCreate.tagKey')} placeholder={t('clusterCreate.tagKey')} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'tagValue']}
                  rules={[zodRule(TagSchema.shape.tagValue, translate)]}
                  style={{ flex: 1 }}
                >
                  <Input aria-label={t('clusterCreate.tagValue')} placeholder={t('clusterCreate.tagValue')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('clusterCreate.removeTag')}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ tagKey: '', tagValue: '' })}
            >
              {t('clusterCreate.addTag')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </>
  )
}
