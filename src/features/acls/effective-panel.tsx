import { useQuery } from '@tanstack/react-query'
import { Alert, Card, Form, Input, Select, Space, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Acl,
  type AclResourceType,
  AclResourceTypeSchema,
  CLUSTER_RESOURCE_NAME,
  type EffectivePermissions,
} from '../../../contract/acls.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { GroupPicker, TopicPicker } from '../../shared/search-select.tsx'
import { effectiveQuery } from './api.ts'
import { PermissionTag } from './permission-tag.tsx'
import { UserPicker } from './user-picker.tsx'

type Decision = EffectivePermissions['operations'][number]

/** What a user may do on one resource, operation by operation, and the ACL or setting that decides each. */
export function EffectivePanel({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation()
  const [username, setUsername] = useState<string>()
  const [resourceType, setResourceType] = useState<AclResourceType>('TOPIC')
  const [picked, setPicked] = useState<string>()
  const resourceName = resourceType === 'CLUSTER' ? CLUSTER_RESOURCE_NAME : picked
  const user = username?.trim()
  const result = useQuery({
    ...effectiveQuery(clusterId, { username: user ?? '', resourceType, resourceName: resourceName ?? '' }),
    enabled: Boolean(user && resourceName),
  })

  const aclText = (acl: Acl) =>
    t('acls.effective.aclText', {
      permission: t(`acls.permissionTypes.${acl.permissionType}`),
      principal: acl.principal,
      operation: acl.operation,
      type: t(`acls.resourceTypes.${acl.resourceType}`),
      name: acl.resourceName,
      pattern: t(`acls.patternTypes.${acl.patternType}`),
      host: acl.host,
    })

  const columns: ColumnsType<Decision> = [
    {
      title: t('acls.operation'),
      dataIndex: 'operation',
      render: (op: Decision['operation']) => (
        <Space size={4}>
          {t(`acls.operations.${op}`)}
          <Typography.Text type="secondary">{op}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('acls.effective.result'),
      dataIndex: 'allowed',
      render: (allowed: boolean) => <PermissionTag allowed={allowed} />,
    },
    {
      title: t('acls.effective.reason'),
      key: 'reason',
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          {t(`acls.effective.reasons.${d.reason}`)}
          {d.acl && <Typography.Text type="secondary">{aclText(d.acl)}</Typography.Text>}
        </Space>
      ),
    },
  ]

  const data = result.data
  const allowEveryone = data?.allowEveryoneIfNoAclFound
  return (
    <Card title={t('acls.effective.title')}>
      <Typography.Paragraph type="secondary">{t('acls.effective.hint')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('acls.username')} htmlFor="effective-user">
          <div style={{ width: 200 }}>
            <UserPicker id="effective-user" clusterId={clusterId} value={username} onChange={setUsername} />
          </div>
        </Form.Item>
        <Form.Item label={t('acls.resourceType')} htmlFor="effective-type">
          <Select<AclResourceType>
            id="effective-type"
            value={resourceType}
            onChange={(type) => {
              setResourceType(type)
              setPicked(undefined)
            }}
            options={AclResourceTypeSchema.options.map((type) => ({
              value: type,
              label: t(`acls.resourceTypes.${type}`),
            }))}
            style={{ width: 130 }}
          />
        </Form.Item>
        <Form.Item label={t('acls.resourceName')} htmlFor="effective-name">
          <div style={{ width: 240 }}>
            {resourceType === 'TOPIC' ? (
              <TopicPicker id="effective-name" clusterId={clusterId} value={picked} onChange={setPicked} />
            ) : resourceType === 'GROUP' ? (
              <GroupPicker id="effective-name" clusterId={clusterId} value={picked} onChange={setPicked} />
            ) : (
              <Input
                id="effective-name"
                value={resourceName ?? ''}
                disabled={resourceType === 'CLUSTER'}
                onChange={(e) => setPicked(e.target.value.trim() || undefined)}
              />
            )}
          </div>
        </Form.Item>
      </Form>
      {!(user && resourceName) ? (
        <Typography.Text type="secondary">{t('acls.effective.pick')}</Typography.Text>
      ) : result.isError ? (
        <ErrorAlert error={result.error} onRetry={() => result.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {data?.superUser && (
            <Alert
              type="info"
              showIcon
              message={t('acls.effective.superUser', { principal: data.principal })}
            />
          )}
          {data && (
            <Typography.Text type="secondary">
              {t('acls.effective.allowEveryone', {
                value:
                  allowEveryone === null || allowEveryone === undefined
                    ? t('acls.effective.unknown')
                    : String(allowEveryone),
              })}
            </Typography.Text>
          )}
          <Table<Decision>
            rowKey="operation"
            columns={columns}
            dataSource={data?.operations}
            loading={result.isPending}
            pagination={false}
            size="small"
          />
        </Space>
      )}
    </Card>
  )
}
