import { useQuery } from '@tanstack/react-query'
import { AutoComplete } from 'antd'
import { useTranslation } from 'react-i18next'
import { userNamesQuery } from './api.ts'

/**
 * A user of the cluster, from 用户管理; a name can also be typed, for principals the cluster knows from
 * elsewhere. `allowAll` offers `*`, every user.
 */
export function UserPicker({
  clusterId,
  id,
  value,
  onChange,
  allowAll = false,
}: {
  clusterId: string
  id?: string
  value?: string
  onChange?: (value: string) => void
  allowAll?: boolean
}) {
  const { t } = useTranslation()
  const names = useQuery(userNamesQuery(clusterId))
  const options = [
    ...(allowAll ? [{ value: '*', label: t('acls.allUsers') }] : []),
    ...(names.data ?? []).map((name) => ({ value: name, label: name })),
  ]
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      placeholder={t('acls.userPlaceholder')}
      filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
      style={{ width: '100%' }}
    />
  )
}
