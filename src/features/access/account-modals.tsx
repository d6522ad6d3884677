import { Form, Input, Switch } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { AccountNameSchema, AccountPasswordSchema } from '../../../contract/auth.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import {
  type Account,
  type CreateAccountBody,
  type UpdateAccountBody,
  useCreateAccount,
  useResetAccountPassword,
  useUpdateAccount,
} from './api.ts'
import { RoleSelect } from './role-select.tsx'

/** A new console account: its name, a first password to hand over, and its role. */
export function CreateAccountModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<CreateAccountBody>()
  const create = useCreateAccount()
  return (
    <FormModal<CreateAccountBody>
      open={open}
      title={t('access.account.createTitle')}
      form={form}
      name="create-account"
      initialValues={{ roleId: 'read-only' }}
      save={(body) => create.mutateAsync(body)}
      pending={create.isPending}
      onClose={onClose}
      okText={t('access.account.create')}
      failedTitle={t('access.saveFailed')}
      width={520}
    >
      <Form.Item
        name="username"
        label={t('access.account.username')}
        required
        rules={[zodRule(AccountNameSchema, translate)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('access.account.initialPassword')}
        extra={t('auth.passwordHint')}
        required
        rules={[zodRule(AccountPasswordSchema, translate)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="roleId" label={t('access.account.role')} required>
        <RoleSelect />
      </Form.Item>
    </FormModal>
  )
}

/** Another role for an account, or disabling it (its sessions and tokens stop at once). */
export function EditAccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<UpdateAccountBody>()
  const update = useUpdateAccount()
  useEffect(() => {
    if (account) form.setFieldsValue({ roleId: account.roleId, disabled: account.disabled })
  }, [account, form])
  return (
    <FormModal<UpdateAccountBody>
      open={account !== null}
      title={t('access.account.editTitle', { username: account?.username })}
      form={form}
      name="edit-account"
      save={(body) => update.mutateAsync({ username: account?.username ?? '', body })}
      pending={update.isPending}
      onClose={onClose}
      okText={t('access.save')}
      failedTitle={t('access.saveFailed')}
      width={520}
    >
      <Form.Item name="roleId" label={t('access.account.role')} required>
        <RoleSelect />
      </Form.Item>
      <Form.Item
        name="disabled"
        label={t('access.account.disabled')}
        extra={t('access.account.disabledHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormModal>
  )
}

/** A one-time password: the account must choose its own at its next sign-in; a lock is lifted. */
export function ResetPasswordModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<{ password: string }>()
  const reset = useResetAccountPassword()
  return (
    <FormModal<{ password: string }>
      open={account !== null}
      title={t('access.account.resetTitle', { username: account?.username })}
      form={form}
      name="reset-password"
      save={({ password }) => reset.mutateAsync({ username: account?.username ?? '', password })}
      pending={reset.isPending}
      onClose={onClose}
      okText={t('access.account.reset')}
      failedTitle={t('access.saveFailed')}
      width={520}
    >
      <Form.Item
        name="password"
        label={t('access.account.oneTimePassword')}
        extra={t('access.account.oneTimePasswordHint')}
        required
        rules={[zodRule(AccountPasswordSchema, translate)]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  )
}
