import { Alert, App, Form, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../../contract/broker-configs.ts'
import { ApiError } from '../../shared/api-client.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { useUpdateTopic } from './api.ts'
import { ConfigValueInput, configValueRule, useConfigHint } from './config-value-input.tsx'

/** Sets one topic config; the brokers' refusal, keyed `otherConfigs.<name>`, shows under the value. */
export function EditTopicConfigModal({
  clusterId,
  topicName,
  config,
  onClose,
}: {
  clusterId: string
  topicName: string
  config: ConfigEntry | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ value: string }>()
  const update = useUpdateTopic(clusterId, topicName)
  const [failure, setFailure] = useState<string | null>(null)
  const name = config?.name
  const hint = useConfigHint(name)

  const close = () => {
    setFailure(null)
    update.reset()
    onClose()
  }

  const save = async ({ value }: { value: string }) => {
    if (!name) return
    setFailure(null)
    try {
      await update.mutateAsync({ otherConfigs: { [name]: String(value) } })
      message.success(t('topics.configSaved', { name }))
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const problem = error.fields[`otherConfigs.${name}`]
      if (problem) form.setFields([{ name: 'value', errors: [translate(problem)] }])
      else setFailure(error.message)
    }
  }

  return (
    <Modal
      open={config !== null}
      title={t('topics.editConfigTitle', { name })}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('topics.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        name="topic-config"
        initialValues={{ value: config?.sensitive ? undefined : (config?.value ?? undefined) }}
        onFinish={save}
        onValuesChange={() => failure && setFailure(null)}
      >
        <Form.Item
          name="value"
          label={t('configs.value')}
          extra={hint ?? config?.documentation}
          rules={[{ required: true, message: t('configs.valueRequired') }, configValueRule(name, translate)]}
        >
          <ConfigValueInput configName={name} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
