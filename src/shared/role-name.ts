import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

const SYSTEM_ROLES = ['full-control', 'operate', 'read-only'] as const
export type SystemRoleId = (typeof SYSTEM_ROLES)[number]

export const isSystemRole = (roleId: string): roleId is SystemRoleId =>
  (SYSTEM_ROLES as readonly string[]).includes(roleId)

/** The system roles in the reader's language (完全控制, 运维操作, 只读); custom roles by the name they were given. */
export function useRoleName(): (role: { roleId: string; name: string }) => string {
  const { t } = useTranslation()
  return useCallback(
    ({ roleId, name }) => (isSystemRole(roleId) ? t(`access.systemRoles.${roleId}`) : name),
    [t],
  )
}
