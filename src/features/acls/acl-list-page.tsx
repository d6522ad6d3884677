import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { App, Button, Card, Flex, Input, Popconfirm, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { type Acl, AclResourceTypeSchema } from '../../../contract/acls.ts'
import { AccessGatedPage } from '../../shared/access-gated-page.tsx'
import { EnumFilter } from '../../shared/enum-filter.tsx'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { AclFormModal } from './acl-form-modal.tsx'
import { type AclListView, aclListQueryOf, readAclListView, writeAclListView } from './acl-list-params.ts'
import { aclListQuery, useDeleteAcl } from './api.ts'
import { EffectivePanel } from './effective-panel.tsx'
import { PermissionTag } from './permission-tag.tsx'

const rowKey = (a: Acl) =>
  [a.principal, a.resourceType, a.patternType, a.resourceName, a.operation, a.host, a.permissionType].join(
    '\u0000',
  )

/** 权限管理: the cluster's ACLs, filtered by type, name and user; created and deleted here; and what a user may do. */
export function AclListPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readAclListView(searchParams)
  const go = (next: AclListView) => setSearchParams(writeAclListView(next))
  const list = useQuery({
    ...aclListQuery(clusterId, aclListQueryOf(view)),
    placeholderData: keepPreviousData,
  })
  const [creating, setCreating] = useState(false)

  const columns: ColumnsType<Acl> = [
    {
      title: t('acls.username'),
      dataIndex: 'username',
      render: (name: string) => (name === '*' ? t('acls.allUsers') : name),
    },
    {
      title: t('acls.resourceType'),
      dataIndex: 'resourceType',
      render: (type: Acl['resourceType']) => t(`acls.resourceTypes.${type}`),
    },
    {
      title: t('acls.patternType'),
      dataIndex: 'patternType',
      render: (p: Acl['patternType']) => t(`acls.patternTypes.${p}`),
    },
    { title: t('acls.resourceName'), dataIndex: 'resourceName' },
    {
      title: t('acls.operation'),
      dataIndex: 'operation',
      render: (op: Acl['operation']) => (
        <Space size={4}>
          {t(`acls.operations.${op}`)}
          <Typography.Text type="secondary">{op}</Typography.Text>
        </Space>
      ),
    },
    { title: t('acls.host'), dataIndex: 'host' },
    {
      title: t('acls.permissionType'),
      dataIndex: 'permissionType',
      render: (p: Acl['permissionType']) => <PermissionTag allowed={p === 'ALLOW'} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, acl) => <DeleteAclButton clusterId={clusterId} acl={acl} />,
    },
  ]

  return (
    <AccessGatedPage
      clusterId={clusterId}
      title={t('acls.title')}
      error={list.error}
      needs={{
        code: 'CLUSTER_ACL_NOT_ENABLED',
        title: t('acls.aclRequiredTitle'),
        description: t('acls.aclRequired'),
        action: t('acls.changeAccess'),
      }}
    >
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('acls.create')}
          </Button>
          <Flex wrap gap={8}>
            <EnumFilter
              id="acl-resource-type"
              label={t('acls.resourceType')}
              placeholder={t('acls.resourceType')}
              value={view.resourceType}
              values={AclResourceTypeSchema.options}
              labelOf={(type) => t(`acls.resourceTypes.${type}`)}
              onChange={(resourceType) => go({ ...view, resourceType })}
              width={140}
            />
            <Input.Search
              key={`name-${view.resourceName}`}
              aria-label={t('acls.resourceName')}
              placeholder={t('acls.resourceName')}
              defaultValue={view.resourceName}
              allowClear
              onSearch={(resourceName) => go({ ...view, resourceName: resourceName.trim() })}
              style={{ width: 200 }}
            />
            <Input.Search
              key={`user-${view.username}`}
              aria-label={t('acls.username')}
              placeholder={t('acls.username')}
              defaultValue={view.username}
              allowClear
              onSearch={(username) => go({ ...view, username: username.trim() })}
              style={{ width: 180 }}
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => list.refetch()}
              loading={list.isFetching}
              aria-label={t('common.refresh')}
            />
          </Flex>
        </Flex>
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Acl>
            rowKey={rowKey}
            columns={columns}
            dataSource={list.data?.acls}
            loading={list.isPending || list.isPlaceholderData}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('acls.empty') }}
            pagination={{
              hideOnSinglePage: true,
              pageSize: 50,
              showTotal: (total) => t('acls.total', { count: total }),
            }}
          />
        )}
      </Card>
      <EffectivePanel clusterId={clusterId} />
      <AclFormModal clusterId={clusterId} open={creating} onClose={() => setCreating(false)} />
    </AccessGatedPage>
  )
}

/** Deletes one ACL after a confirmation: the binding exactly as listed. */
function DeleteAclButton({ clusterId, acl }: { clusterId: string; acl: Acl }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const remove = useDeleteAcl(clusterId)
  return (
    <Popconfirm
      title={t('acls.deleteTitle')}
      description={t('acls.deleteWarning')}
      okText={t('acls.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove
          .mutateAsync({
            principal: acl.principal,
            resourceType: acl.resourceType,
            patternType: acl.patternType,
            resourceName: acl.resourceName,
            operation: acl.operation,
            host: acl.host,
            permissionType: acl.permissionType,
          })
          .then(
            () => notification.success({ message: t('acls.deleted') }),
            (error: Error) =>
              notification.error({ message: t('acls.deleteFailed'), description: error.message }),
          )
      }
    >
      <Button size="small" danger icon={<DeleteOutlined />}>
        {t('acls.delete')}
      </Button>
    </Popconfirm>
  )
}
