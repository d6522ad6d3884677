import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { useLogout } from '../features/auth/api.ts'
import { useRoleName } from '../shared/role-name.ts'
import type { Session } from '../shared/session.ts'

const ChangePasswordModal = lazy(() => import('../features/auth/change-password-modal.tsx'))

/** The signed-in account in the header: its role, its API tokens, changing its password, signing out. */
export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const navigate = useNavigate()
  const logout = useLogout()
  const [changing, setChanging] = useState(false)
  // Kept once opened, so the dialog's confirmation outlives the dialog.
  const [passwordDialogLoaded, setPasswordDialogLoaded] = useState(false)
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'role', label: t('auth.roleIs', { role: roleName(session.role) }), disabled: true },
            { type: 'divider' },
            {
              key: 'tokens',
              icon: <KeyOutlined />,
              label: <Link to="/settings/tokens">{t('auth.apiTokens')}</Link>,
            },
            { key: 'password', icon: <LockOutlined />, label: t('auth.changePassword') },
            { key: 'logout', icon: <LogoutOutlined />, label: t('auth.signOut') },
          ],
          onClick: ({ key }) => {
            if (key === 'password') {
              setPasswordDialogLoaded(true)
              setChanging(true)
            }
            if (key === 'logout')
              logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
          },
        }}
      >
        <Button type="text" icon={<UserOutlined />} loading={logout.isPending}>
          {session.username} <DownOutlined />
        </Button>
      </Dropdown>
      {passwordDialogLoaded && (
        <Suspense fallback={null}>
          <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
        </Suspense>
      )}
    </>
  )
}
