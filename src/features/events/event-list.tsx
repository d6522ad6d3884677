import { ReloadOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Card, Empty, Flex, Select, Space, Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  type ClusterEvent,
  type EventLevel,
  EventLevelSchema,
  type EventType,
  EventTypeSchema,
} from '../../../contract/events.ts'
import type { RouteResponse } from '../../../contract/http.ts'
import type { routes } from '../../../contract/routes.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { MarkerPager } from '../../shared/marker-pager.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { jobPath } from '../jobs/job-paths.ts'
import { EventLevelTag } from './event-level-tag.tsx'
import type { EventListView } from './list-params.ts'

type EventList = RouteResponse<typeof routes.listEvents>

function useColumns(showCluster: boolean): ColumnsType<ClusterEvent> {
  const { t, i18n } = useTranslation()
  const cluster: ColumnsType<ClusterEvent> = showCluster
    ? [
        {
          title: t('events.cluster'),
          dataIndex: 'clusterId',
          render: (clusterId: string) => (
            <Link to={`/clusters/${encodeURIComponent(clusterId)}`}>{clusterId}</Link>
          ),
        },
      ]
    : []
  return [
    {
      title: t('events.time'),
      dataIndex: 'time',
      render: (time: string) => formatTime(time, i18n.language),
    },
    ...cluster,
    {
      title: t('events.level'),
      dataIndex: 'level',
      render: (level: EventLevel) => <EventLevelTag level={level} />,
    },
    { title: t('events.type'), dataIndex: 'type', render: (type: EventType) => t(`events.types.${type}`) },
    { title: t('events.message'), dataIndex: 'message' },
    {
      title: t('events.job'),
      dataIndex: 'jobId',
      render: (jobId: string | null, event) =>
        jobId ? <Link to={jobPath(event.clusterId, jobId)}>{t('events.viewJob')}</Link> : '—',
    },
  ]
}

function Filters({ view, go }: { view: EventListView; go: (next: EventListView) => void }) {
  const { t } = useTranslation()
  return (
    <Space wrap>
      <label htmlFor="event-level-filter" style={visuallyHidden}>
        {t('events.filterLevel')}
      </label>
      <Select<EventLevel>
        // Short lists: without virtual scrolling every option carries role=option.
        virtual={false}
        id="event-level-filter"
        allowClear
        placeholder={t('events.allLevels')}
        value={view.level}
        onChange={(level) => go(firstPage(view, { level }))}
        options={EventLevelSchema.options.map((level) => ({
          value: level,
          label: t(`events.levels.${level}`),
        }))}
        style={{ width: 140 }}
      />
      <label htmlFor="event-type-filter" style={visuallyHidden}>
        {t('events.filterType')}
      </label>
      <Select<EventType>
        virtual={false}
        id="event-type-filter"
        allowClear
        placeholder={t('events.allTypes')}
        value={view.type}
        onChange={(type) => go(firstPage(view, { type }))}
        options={EventTypeSchema.options.map((type) => ({ value: type, label: t(`events.types.${type}`) }))}
        style={{ width: 220 }}
      />
    </Space>
  )
}

/** One page of events, for one cluster or (with `showCluster`) all of them; filters and page in the URL. */
export function EventListCard({
  list,
  view,
  go,
  showCluster = false,
}: {
  list: UseQueryResult<EventList>
  view: EventListView
  go: (next: EventListView) => void
  showCluster?: boolean
}) {
  const { t } = useTranslation()
  const columns = useColumns(showCluster)
  const page = list.data
  const filtered = view.level !== undefined || view.type !== undefined
  return (
    <Card>
      <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => list.refetch()}
          loading={list.isFetching}
          aria-label={t('common.refresh')}
        />
        <Filters view={view} go={go} />
      </Flex>
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<ClusterEvent>
          rowKey="eventId"
          columns={columns}
          dataSource={page?.events}
          loading={list.isPending || list.isPlaceholderData}
          pagination={false}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty description={t(filtered ? 'events.noMatch' : 'events.empty')} />
            ),
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <MarkerPager
        id="event-page-size"
        view={view}
        nextMarker={page?.isTruncated ? (page.nextMarker ?? null) : null}
        go={go}
      />
    </Card>
  )
}
