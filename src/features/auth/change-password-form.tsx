import { Alert, Button, Form, Input, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { AccountPasswordSchema } from '../../../contract/auth.ts'
import { ApiError } from '../../shared/api-client.ts'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { useChangePassword } from './api.ts'

interface Values {
  currentPassword: string
  newPassword: string
  confirmPassword: string
}

/**
 * Current, new and the new once more. The rules are the contract's (length), plus the two only a person
 * typing can get wrong: a new password equal to the old one, and a confirmation that differs.
 */
export function ChangePasswordForm({
  onChanged,
  onCancel,
}: {
  onChanged?: () => void
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<Values>()
  const change = useChangePassword()

  const submit = async ({ currentPassword, newPassword }: Values) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword })
      form.resetFields()
      onChanged?.()
    } catch (error) {
      if (error instanceof ApiError) applyFieldErrors(form, error, translate)
    }
  }

  const unexplained = change.error instanceof ApiError && Object.keys(change.error.fields).length === 0
  return (
    <Form<Values> form={form} name="change-password" layout="vertical" onFinish={submit} requiredMark={false}>
      {unexplained && change.error && (
        <Alert type="error" showIcon message={change.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.enterCurrentPassword') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.passwordHint')}
        dependencies={['currentPassword']}
        rules={[
          zodRule(AccountPasswordSchema, translate),
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value === getFieldValue('currentPassword'))
                throw new Error(translate('Choose a password different from the current one.'))
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.enterConfirmPassword') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('auth.passwordsDiffer'))
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('auth.savePassword')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </Space>
    </Form>
  )
}
