import { PlusOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { isSystemRole, useRoleName } from '../../shared/role-name.ts'
import { type Role, roleListQuery, useDeleteRole } from './api.ts'
import { isResourcePermission } from './grants.ts'
import { RoleModal } from './role-modal.tsx'

/** What a role grants, one tag a grant: 主题写 · orders, payments. */
function GrantTags({ role }: { role: Role }) {
  const { t } = useTranslation()
  if (role.grants.length === 0)
    return <Typography.Text type="secondary">{t('access.role.noGrants')}</Typography.Text>
  return (
    <Flex wrap gap={4}>
      {role.grants.map((grant) => (
        <Tag key={`${grant.permission}:${grant.clusterIds?.join(',') ?? '*'}`}>
          {t(`access.permissions.${grant.permission}`)}
          {isResourcePermission(grant.permission) &&
            ` · ${grant.clusterIds === null ? t('access.role.allClusters') : grant.clusterIds.join(', ')}`}
        </Tag>
      ))}
    </Flex>
  )
}

/** 角色: the three system roles, which cannot change, and custom roles made of grants. */
export function RoleList() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const roleName = useRoleName()
  const roles = useQuery(roleListQuery())
  const remove = useDeleteRole()
  const [editing, setEditing] = useState<Role | null | undefined>(undefined)

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('access.role.intro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('access.role.create')}
        </Button>
      </Flex>
      <Card>
        {roles.isError ? (
          <ErrorAlert error={roles.error} onRetry={() => roles.refetch()} />
        ) : (
          <Table<Role>
            rowKey="roleId"
            pagination={false}
            loading={roles.isPending}
            dataSource={roles.data}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('access.role.name'), key: 'name', render: (_, role) => roleName(role) },
              {
                title: t('access.role.kind'),
                dataIndex: 'builtin',
                render: (builtin: boolean) =>
                  builtin ? (
                    <Tag color="blue">{t('access.role.system')}</Tag>
                  ) : (
                    <Tag>{t('access.role.custom')}</Tag>
                  ),
              },
              {
                title: t('access.role.description'),
                key: 'description',
                render: (_, role) =>
                  isSystemRole(role.roleId)
                    ? t(`access.systemRoleDescriptions.${role.roleId}`)
                    : role.description,
              },
              {
                title: t('access.role.grants'),
                key: 'grants',
                render: (_, role) => <GrantTags role={role} />,
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, role) =>
                  role.builtin ? null : (
                    <Space size={0}>
                      <Button type="link" onClick={() => setEditing(role)}>
                        {t('access.edit')}
                      </Button>
                      <Popconfirm
                        title={t('access.role.deleteConfirm', { name: role.name })}
                        okText={t('access.delete')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() =>
                          remove.mutateAsync(role.roleId).then(
                            () => message.success(t('access.role.deleted', { name: role.name })),
                            (error: Error) => message.error(error.message),
                          )
                        }
                      >
                        <Button type="link" danger>
                          {t('access.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <RoleModal
        open={editing !== undefined}
        role={editing ?? undefined}
        onClose={() => setEditing(undefined)}
      />
    </Space>
  )
}
