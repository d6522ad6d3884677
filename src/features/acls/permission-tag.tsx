import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'

/** 允许 in green or 拒绝 in red: an ACL's permission, or what a user may do. */
export function PermissionTag({ allowed }: { allowed: boolean }) {
  const { t } = useTranslation()
  return (
    <Tag color={allowed ? 'success' : 'error'}>
      {t(allowed ? 'acls.permissionTypes.ALLOW' : 'acls.permissionTypes.DENY')}
    </Tag>
  )
}
