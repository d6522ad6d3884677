import { ReloadOutlined } from '@ant-design/icons'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Input, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import type { ConsumerGroup } from '../../../contract/consumer-groups.ts'
import { serverPagination } from '../../shared/paging.ts'
import { groupListQuery } from './api.ts'
import { DeleteGroupButton } from './delete-group-button.tsx'
import { type GroupListView, readGroupListView, writeGroupListView } from './group-list-params.ts'
import { GroupStateTag } from './group-state-tag.tsx'

export function GroupListPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readGroupListView(searchParams)
  const go = (next: GroupListView) => setSearchParams(writeGroupListView(next))
  const list = useQuery({
    ...groupListQuery(clusterId, {
      pageNo: view.pageNo,
      pageSize: view.pageSize,
      ...(view.groupName ? { groupName: view.groupName } : {}),
    }),
    placeholderData: keepPreviousData,
  })
  const detailPath = (name: string) =>
    `/clusters/${encodeURIComponent(clusterId)}/consumer-groups/${encodeURIComponent(name)}`

  const columns: ColumnsType<ConsumerGroup> = [
    {
      title: t('consumerGroups.groupName'),
      dataIndex: 'groupName',
      render: (name: string) => <Link to={detailPath(name)}>{name}</Link>,
    },
    {
      title: t('consumerGroups.state'),
      dataIndex: 'state',
      render: (s: string) => <GroupStateTag state={s} />,
    },
    { title: t('consumerGroups.assignor'), dataIndex: 'protocol', render: (p: string) => p || '—' },
    { title: t('consumerGroups.members'), dataIndex: 'memberCount', align: 'right' },
    {
      title: t('consumerGroups.topics'),
      dataIndex: 'topics',
      render: (topics: string[]) => topics.map((topic) => <Tag key={topic}>{topic}</Tag>),
    },
    {
      title: t('consumerGroups.totalLag'),
      dataIndex: 'totalLag',
      align: 'right',
      render: (lag: number | null) => lag ?? '—',
    },
    {
      title: t('consumerGroups.actions'),
      key: 'actions',
      render: (_, group) => (
        <Space>
          <Link to={`${detailPath(group.groupName)}?reset=1`}>{t('consumerGroups.resetOffsets')}</Link>
          <DeleteGroupButton clusterId={clusterId} groupName={group.groupName} size="small" />
        </Space>
      ),
    },
  ]

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.consumerGroups')}
      </Typography.Title>
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => list.refetch()}
            loading={list.isFetching}
            aria-label={t('common.refresh')}
          />
          <Input.Search
            key={view.groupName}
            aria-label={t('consumerGroups.search')}
            placeholder={t('consumerGroups.search')}
            defaultValue={view.groupName}
            allowClear
            enterButton
            onSearch={(groupName) => go({ ...view, groupName: groupName.trim(), pageNo: 1 })}
            style={{ width: 320 }}
          />
        </Flex>
        {list.isError ? (
          <Alert type="error" showIcon message={t('common.loadFailed')} description={list.error.message} />
        ) : (
          <Table<ConsumerGroup>
            rowKey="groupName"
            columns={columns}
            dataSource={list.data?.groups}
            loading={list.isPending || list.isPlaceholderData}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('consumerGroups.empty') }}
            pagination={serverPagination(view, list.data?.total ?? 0, go, (total) =>
              t('consumerGroups.total', { count: total }),
            )}
          />
        )}
      </Card>
    </Space>
  )
}
