import { useQuery } from '@tanstack/react-query'
import { Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { topicGroupsQuery } from './api.ts'

interface TopicGroup {
  groupName: string
  state: string
  lag: number
}

const stateColours: Record<string, string> = { STABLE: 'green', DEAD: 'red' }

/** The consumer groups reading this topic (the reference's 订阅关系) and how far behind each is on it. */
export function TopicGroupsTab({ clusterId, topicName }: { clusterId: string; topicName: string }) {
  const { t } = useTranslation()
  const groups = useQuery(topicGroupsQuery(clusterId, topicName))
  if (groups.isError) return <ErrorAlert error={groups.error} onRetry={() => groups.refetch()} />
  return (
    <Table<TopicGroup>
      rowKey="groupName"
      size="small"
      dataSource={groups.data}
      loading={{ spinning: groups.isPending, tip: t('topics.loadingGroups') }}
      locale={{ emptyText: groups.isPending ? ' ' : t('topics.noGroups') }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      columns={[
        {
          title: t('topics.groupName'),
          dataIndex: 'groupName',
          render: (name: string) => (
            <Link
              to={`/clusters/${encodeURIComponent(clusterId)}/consumer-groups/${encodeURIComponent(name)}`}
            >
              {name}
            </Link>
          ),
        },
        {
          title: t('topics.groupState'),
          dataIndex: 'state',
          render: (state: string) => (
            <Tag color={stateColours[state] ?? 'default'}>{t(`consumerGroups.states.${state}`, state)}</Tag>
          ),
        },
        { title: t('topics.lag'), dataIndex: 'lag', align: 'right' },
      ]}
    />
  )
}
