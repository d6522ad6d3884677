import { Form, Input } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AlarmChannelInputSchema } from '../../../contract/alarms.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type AlarmChannel, useSaveChannel } from './api.ts'

interface ChannelForm {
  name: string
  url: string
  token?: string
}

const fields = AlarmChannelInputSchema.shape

/** Add or change a webhook. A stored token is never shown; leaving the field blank keeps it. */
export function ChannelModal({
  open,
  channel,
  onClose,
}: {
  open: boolean
  channel?: AlarmChannel
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<ChannelForm>()
  const save = useSaveChannel()

  useEffect(() => {
    if (open) form.setFieldsValue(channel ? { name: channel.name, url: channel.url, token: undefined } : {})
  }, [open, channel, form])

  return (
    <FormModal<ChannelForm>
      open={open}
      title={t(channel ? 'alarms.channel.editTitle' : 'alarms.channel.createTitle')}
      form={form}
      name="alarm-channel"
      save={(values) => {
        const token = values.token?.trim()
        return save.mutateAsync({
          channelId: channel?.channelId,
          body: { name: values.name, type: 'WEBHOOK', url: values.url.trim(), ...(token ? { token } : {}) },
        })
      }}
      pending={save.isPending}
      onClose={onClose}
      okText={t('alarms.save')}
      failedTitle={t('alarms.saveFailed')}
      width={520}
    >
      <Form.Item
        name="name"
        label={t('alarms.channel.name')}
        required
        rules={[zodRule(fields.name, translate)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('alarms.channel.url')}
        extra={t('alarms.channel.urlHint')}
        required
        rules={[zodRule(fields.url, translate)]}
      >
        <Input placeholder="https://hooks.example.com/ferry" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="token"
        label={t('alarms.channel.token')}
        extra={t('alarms.channel.tokenHint')}
        rules={[zodRule(fields.token, translate)]}
      >
        <Input.Password
          autoComplete="new-password"
          placeholder={channel?.hasToken ? t('alarms.channel.tokenKeep') : undefined}
        />
      </Form.Item>
    </FormModal>
  )
}
