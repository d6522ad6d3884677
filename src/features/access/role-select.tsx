import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useRoleName } from '../../shared/role-name.ts'
import { roleListQuery } from './api.ts'

/** One of the roles, system ones first as the server lists them; a form field. */
export function RoleSelect({
  id,
  value,
  onChange,
}: {
  id?: string
  value?: string
  onChange?: (roleId: string) => void
}) {
  const roleName = useRoleName()
  const roles = useQuery(roleListQuery())
  return (
    <Select<string>
      id={id}
      virtual={false}
      value={value}
      onChange={onChange}
      loading={roles.isPending}
      options={(roles.data ?? []).map((role) => ({ value: role.roleId, label: roleName(role) }))}
    />
  )
}
