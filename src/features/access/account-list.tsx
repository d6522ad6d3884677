import { PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { useRoleName } from '../../shared/role-name.ts'
import { useSession } from '../../shared/session.ts'
import { TypedConfirmModal } from '../../shared/typed-confirm-modal.tsx'
import { CreateAccountModal, EditAccountModal, ResetPasswordModal } from './account-modals.tsx'
import { type Account, accountListQuery, useDeleteAccount } from './api.ts'

/** 账号: who may sign in to the console, with which role. */
export function AccountList() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const roleName = useRoleName()
  const me = useSession()?.username
  const accounts = useQuery(accountListQuery())
  const remove = useDeleteAccount()
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<Account | null>(null)
  const [resetting, setResetting] = useState<Account | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const time = (iso: string | null) => (iso ? formatTime(iso, i18n.language) : '—')
  const locked = (until: string | null) => until !== null && Date.parse(until) > Date.now()

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('access.account.intro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('access.account.create')}
        </Button>
      </Flex>
      <Card>
        {accounts.isError ? (
          <ErrorAlert error={accounts.error} onRetry={() => accounts.refetch()} />
        ) : (
          <Table<Account>
            rowKey="username"
            pagination={false}
            loading={accounts.isPending}
            dataSource={accounts.data}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('access.account.username'),
                dataIndex: 'username',
                render: (username: string) => (
                  <Space size={4}>
                    {username}
                    {username === me && <Tag>{t('access.account.you')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('access.account.role'),
                key: 'role',
                render: (_, a) => roleName({ roleId: a.roleId, name: a.roleName }),
              },
              {
                title: t('access.account.status'),
                key: 'status',
                render: (_, a) =>
                  a.disabled ? (
                    <Tag color="default">{t('access.account.disabledTag')}</Tag>
                  ) : locked(a.lockedUntil) ? (
                    <Tag color="red">{t('access.account.lockedTag')}</Tag>
                  ) : (
                    <Tag color="green">{t('access.account.activeTag')}</Tag>
                  ),
              },
              {
                title: t('access.account.lockedUntil'),
                dataIndex: 'lockedUntil',
                render: (until: string | null) => (locked(until) ? time(until) : '—'),
              },
              { title: t('access.account.lastSignIn'), dataIndex: 'lastSignIn', render: time },
              {
                title: t('access.account.mustChangePassword'),
                dataIndex: 'mustChangePassword',
                render: (must: boolean) => t(must ? 'common.yes' : 'common.no'),
              },
              { title: t('access.account.created'), dataIndex: 'createTime', render: time },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, a) => (
                  <Space size={0}>
                    <Button type="link" onClick={() => setEditing(a)}>
                      {t('access.account.edit')}
                    </Button>
                    <Button type="link" onClick={() => setResetting(a)}>
                      {t('access.account.reset')}
                    </Button>
                    <Button type="link" danger onClick={() => setDeleting(a.username)}>
                      {t('access.delete')}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <CreateAccountModal open={creating} onClose={() => setCreating(false)} />
      <EditAccountModal account={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
      <TypedConfirmModal
        name={deleting}
        title={t('access.account.deleteTitle', { username: deleting })}
        warning={t('access.account.deleteWarning')}
        typeLabel={t('access.account.deleteConfirmLabel')}
        okText={t('access.delete')}
        onConfirm={async (username) => {
          await remove.mutateAsync(username)
          message.success(t('access.account.deleted', { username }))
        }}
        onClose={() => setDeleting(null)}
      />
    </Space>
  )
}
