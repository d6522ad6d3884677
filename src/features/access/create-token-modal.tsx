import { Form, Input, InputNumber, Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import { CreateApiTokenSchema } from '../../../contract/auth.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useSession } from '../../shared/session.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type CreatedApiToken, useCreateToken } from './api.ts'
import { RoleSelect } from './role-select.tsx'

interface TokenForm {
  name: string
  roleId: string
  expires: 'days' | 'never'
  days: number
}

const fields = CreateApiTokenSchema.shape

/** A bearer token for scripts: its name, its role (never more than its owner's) and how long it lasts. */
export function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean
  onClose: () => void
  onCreated: (token: CreatedApiToken) => void
}) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const session = useSession()
  const [form] = Form.useForm<TokenForm>()
  const expires = Form.useWatch('expires', form)
  const create = useCreateToken()
  return (
    <FormModal<TokenForm>
      open={open}
      title={t('access.token.createTitle')}
      form={form}
      name="create-token"
      initialValues={{ roleId: session?.role.roleId, expires: 'days', days: 90 }}
      save={async ({ name, roleId, expires, days }) =>
        onCreated(
          await create.mutateAsync({ name, roleId, expiresInDays: expires === 'never' ? null : days }),
        )
      }
      pending={create.isPending}
      onClose={onClose}
      okText={t('access.token.create')}
      failedTitle={t('access.saveFailed')}
      width={520}
    >
      <Form.Item
        name="name"
        label={t('access.token.name')}
        required
        rules={[zodRule(fields.name, translate)]}
      >
        <Input autoComplete="off" placeholder="nightly-backup" />
      </Form.Item>
      <Form.Item name="roleId" label={t('access.token.role')} extra={t('access.token.roleHint')} required>
        <RoleSelect />
      </Form.Item>
      <Form.Item name="expires" label={t('access.token.expiry')}>
        <Radio.Group
          options={[
            { value: 'days', label: t('access.token.expiresAfter') },
            { value: 'never', label: t('access.token.never') },
          ]}
        />
      </Form.Item>
      {expires !== 'never' && (
        <Form.Item
          name="days"
          label={t('access.token.days')}
          rules={[
            { required: true, type: 'integer', min: 1, max: 3650, message: t('access.token.daysRange') },
          ]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
        </Form.Item>
      )}
    </FormModal>
  )
}
