import { useQuery } from '@tanstack/react-query'
import { Alert, App, Form, InputNumber, Modal, Spin } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type MessageQuerySettings, MessageQuerySettingsSchema } from '../../../contract/messages.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { messageQuerySettingsQuery, useUpdateMessageQuerySettings } from './api.ts'

const settingNames = [
  'defaultLimit',
  'maxLimit',
  'defaultMaxBytes',
  'scanMessages',
  'scanSeconds',
  'concurrentQueries',
  'minIntervalSeconds',
] as const satisfies ReadonlyArray<keyof MessageQuerySettings>

const mebibyte = 1024 * 1024

// The server counts bytes; people think of a size limit in megabytes.
const inMegabytes = {
  getValueProps: (bytes: number | null | undefined) => ({
    value: typeof bytes === 'number' ? bytes / mebibyte : bytes,
  }),
  normalize: (mb: number | null) => (mb === null ? mb : Math.round(mb * mebibyte)),
}

/** Edits the cluster's message query limits; the server's refusals show on the fields they name. */
export function QuerySettingsModal({
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
  const [form] = Form.useForm<MessageQuerySettings>()
  const settings = useQuery({ ...messageQuerySettingsQuery(clusterId), enabled: open })
  const update = useUpdateMessageQuerySettings(clusterId)
  const [failure, setFailure] = useState<string | null>(null)

  const close = () => {
    setFailure(null)
    update.reset()
    onClose()
  }

  const save = async (values: MessageQuerySettings) => {
    setFailure(null)
    try {
      await update.mutateAsync(values)
      message.success(t('messages.settings.saved'))
      close()
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      const leftOver = applyFieldErrors(form, error, translate)
      if (Object.keys(error.fields).length === 0 || Object.keys(leftOver).length > 0)
        setFailure(error.message)
    }
  }

  return (
    <Modal
      open={open}
      title={t('messages.settings.title')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('messages.settings.save')}
      okButtonProps={{ disabled: !settings.data }}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      {settings.error && <ErrorAlert error={settings.error} onRetry={() => settings.refetch()} />}
      {settings.isPending && !settings.error && <Spin />}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      {settings.data && (
        <Form<MessageQuerySettings>
          form={form}
          layout="vertical"
          preserve={false}
          name="message-query-settings"
          initialValues={settings.data}
          onFinish={save}
          onValuesChange={() => failure && setFailure(null)}
        >
          {settingNames.map((name) => (
            <Form.Item
              key={name}
              name={name}
              label={t(`messages.settings.${name}`)}
              extra={t(`messages.settings.hints.${name}`)}
              rules={[
                { required: true, message: t('messages.settings.required') },
                zodRule(MessageQuerySettingsSchema.shape[name], translate),
              ]}
              {...(name === 'defaultMaxBytes' ? inMegabytes : {})}
            >
              <InputNumber precision={name === 'defaultMaxBytes' ? undefined : 0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  )
}
