import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Tooltip } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { KafkaUser } from '../../../contract/kafka-users.ts'
import { AccessGatedPage } from '../../shared/access-gated-page.tsx'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { useDeleteUser, userListQuery } from './api.ts'
import { UserFormModal } from './user-form-modal.tsx'

/** 用户管理: the cluster's SASL users, created, given a new password and deleted here. */
export function UserListPage() {
  const { t, i18n } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const list = useQuery(userListQuery(clusterId))
  const [creating, setCreating] = useState(false)
  const [resetting, setResetting] = useState<string | undefined>()

  const columns: ColumnsType<KafkaUser> = [
    {
      title: t('kafkaUsers.username'),
      dataIndex: 'username',
      render: (name: string, user) => (
        <Space>
          {name}
          {user.usedByFerry && <Tag>{t('kafkaUsers.ferryTag')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('kafkaUsers.mechanisms'),
      dataIndex: 'mechanisms',
      render: (mechanisms: string[]) => mechanisms.map((m) => <Tag key={m}>{m}</Tag>),
    },
    {
      title: t('kafkaUsers.createTime'),
      dataIndex: 'createTime',
      render: (time: string | null) => (time ? formatTime(time, i18n.language) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, user) => <UserActions clusterId={clusterId} user={user} onReset={setResetting} />,
    },
  ]

  return (
    <AccessGatedPage
      clusterId={clusterId}
      title={t('kafkaUsers.title')}
      error={list.error}
      needs={{
        code: 'CLUSTER_SASL_NOT_ENABLED',
        title: t('kafkaUsers.saslRequiredTitle'),
        description: t('kafkaUsers.saslRequired'),
        action: t('kafkaUsers.changeAccess'),
      }}
    >
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('kafkaUsers.create')}
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => list.refetch()}
            loading={list.isFetching}
            aria-label={t('common.refresh')}
          />
        </Flex>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<KafkaUser>
            rowKey="username"
            columns={columns}
            dataSource={list.data?.users}
            loading={list.isPending}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('kafkaUsers.empty') }}
            pagination={{
              hideOnSinglePage: true,
              pageSize: 50,
              showTotal: (total) => t('kafkaUsers.total', { count: total }),
            }}
          />
        )}
      </Card>
      <UserFormModal
        clusterId={clusterId}
        open={creating || resetting !== undefined}
        resetting={resetting}
        onClose={() => {
          setCreating(false)
          setResetting(undefined)
        }}
      />
    </AccessGatedPage>
  )
}

/** Reset password and delete; neither for the user Ferry itself connects as. */
function UserActions({
  clusterId,
  user,
  onReset,
}: {
  clusterId: string
  user: KafkaUser
  onReset: (username: string) => void
}) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const remove = useDeleteUser(clusterId)
  const name = user.username
  const buttons = (
    <Space>
      <Button size="small" disabled={user.usedByFerry} onClick={() => onReset(name)}>
        {t('kafkaUsers.resetPassword')}
      </Button>
      <Popconfirm
        title={t('kafkaUsers.deleteTitle', { name })}
        description={t('kafkaUsers.deleteWarning')}
        okText={t('kafkaUsers.delete')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        cancelText={t('common.cancel')}
        disabled={user.usedByFerry}
        onConfirm={() =>
          remove.mutateAsync(name).then(
            () => notification.success({ message: t('kafkaUsers.deleted', { name }) }),
            (error: Error) =>
              notification.error({ message: t('kafkaUsers.deleteFailed'), description: error.message }),
          )
        }
      >
        <Button size="small" danger icon={<DeleteOutlined />} disabled={user.usedByFerry}>
          {t('kafkaUsers.delete')}
        </Button>
      </Popconfirm>
    </Space>
  )
  return user.usedByFerry ? <Tooltip title={t('kafkaUsers.usedByFerry')}>{buttons}</Tooltip> : buttons
}
