import { Form, Input } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { RoleRequestSchema } from '../../../contract/auth.ts'
import { FormModal } from '../../shared/form-modal.tsx'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { zodRule } from '../../shared/zod-rule.ts'
import { type Role, useSaveRole } from './api.ts'
import { type GrantRow, toGrants, toRows } from './grants.ts'
import { GrantsEditor } from './grants-editor.tsx'

interface RoleForm {
  name: string
  description: string
  grants: GrantRow[]
}

const fields = RoleRequestSchema.shape

/** Create a custom role, or change one; the system roles are never offered here. */
export function RoleModal({ open, role, onClose }: { open: boolean; role?: Role; onClose: () => void }) {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const [form] = Form.useForm<RoleForm>()
  const save = useSaveRole()

  useEffect(() => {
    if (open)
      form.setFieldsValue(
        role
          ? { name: role.name, description: role.description, grants: toRows(role.grants) }
          : {
              name: '',
              description: '',
              grants: [{ permission: 'READ_ONLY', scope: 'all', clusterIds: [] }],
            },
      )
  }, [open, role, form])

  return (
    <FormModal<RoleForm>
      open={open}
      title={role ? t('access.role.editTitle', { name: role.name }) : t('access.role.createTitle')}
      form={form}
      name="role"
      save={({ name, description, grants }) =>
        save.mutateAsync({
          roleId: role?.roleId,
          body: { name, description: description ?? '', grants: toGrants(grants ?? []) },
        })
      }
      pending={save.isPending}
      onClose={onClose}
      okText={t('access.save')}
      failedTitle={t('access.saveFailed')}
    >
      <Form.Item name="name" label={t('access.role.name')} required rules={[zodRule(fields.name, translate)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('access.role.description')}
        rules={[zodRule(fields.description, translate)]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item label={t('access.role.grants')} extra={t('access.role.grantsHint')}>
        <GrantsEditor />
      </Form.Item>
    </FormModal>
  )
}
