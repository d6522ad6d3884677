import { App, Checkbox, Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { KafkaPasswordSchema, KafkaUsernameSchema } from '../../../contract/cluster-create.ts'
import { type UserMechanism, UserMechanismSchema } from '../../../contract/kafka-users.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { useCreateUser, useResetPassword } from './api.ts'

interface UserForm {
  username: string
  password: string
  confirm: string
  mechanisms: UserMechanism[]
}

/**
 * Creates a SASL user (name, password twice, mechanisms), or gives `resetting` a new password. The rules are
 * the contract's, so the form refuses what the server would.
 */
export function UserFormModal({
  clusterId,
  open,
  resetting,
  onClose,
}: {
  clusterId: string
  open: boolean
  /** The user whose password is reset; absent to create one. */
  resetting?: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage('kafkaUsers.contractMessages')
  const { message } = App.useApp()
  const [form] = Form.useForm<UserForm>()
  const create = useCreateUser(clusterId)
  const reset = useResetPassword(clusterId)

  const save = async (values: UserForm) => {
    if (resetting) {
      await reset.mutateAsync({ username: resetting, password: values.password })
      message.success(t('kafkaUsers.resetDone', { name: resetting }))
      return
    }
    await create.mutateAsync({
      username: values.username.trim(),
      password: values.password,
      mechanisms: values.mechanisms,
    })
    message.success(t('kafkaUsers.created', { name: values.username.trim() }))
  }

  return (
    <FormModal<UserForm>
      open={open}
      title={resetting ? t('kafkaUsers.resetTitle', { name: resetting }) : t('kafkaUsers.create')}
      form={form}
      name={resetting ? 'reset-kafka-user-password' : 'create-kafka-user'}
      initialValues={{ mechanisms: ['SCRAM-SHA-512'] }}
      save={save}
      pending={create.isPending || reset.isPending}
      onClose={onClose}
      okText={resetting ? t('kafkaUsers.resetPassword') : t('kafkaUsers.create')}
      failedTitle={resetting ? t('kafkaUsers.resetFailed') : t('kafkaUsers.createFailed')}
      width={520}
    >
      {!resetting && (
        <Form.Item
          name="username"
          label={t('kafkaUsers.username')}
          extra={t('kafkaUsers.usernameHint')}
          required
          rules={[zodRule(KafkaUsernameSchema, translate)]}
        >
          <Input autoComplete="off" maxLength={16} />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={resetting ? t('kafkaUsers.newPassword') : t('kafkaUsers.password')}
        extra={t('kafkaUsers.passwordHint')}
        required
        rules={[zodRule(KafkaPasswordSchema, translate)]}
      >
        <Input.Password autoComplete="new-password" maxLength={32} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('kafkaUsers.confirmPassword')}
        dependencies={['password']}
        required
        rules={[
          { required: true, message: t('kafkaUsers.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (value && value !== getFieldValue('password'))
                throw new Error(t('kafkaUsers.passwordMismatch'))
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={32} />
      </Form.Item>
      {resetting ? (
        <div>{t('kafkaUsers.resetWarning')}</div>
      ) : (
        <Form.Item
          name="mechanisms"
          label={t('kafkaUsers.mechanisms')}
          extra={t('kafkaUsers.mechanismsHint')}
          required
          rules={[{ type: 'array', min: 1, required: true, message: t('kafkaUsers.mechanismsRequired') }]}
        >
          <Checkbox.Group options={UserMechanismSchema.options.map((m) => ({ value: m, label: m }))} />
        </Form.Item>
      )}
    </FormModal>
  )
}
