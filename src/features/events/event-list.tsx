import type { UseQueryResult } from '@tanstack/react-query'
import { Space } from 'antd'
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
import { EnumFilter } from '../../shared/enum-filter.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { jobPath } from '../../shared/job-paths.ts'
import { MarkerListCard } from '../../shared/marker-list-card.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
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
      <EnumFilter
        id="event-level-filter"
        label={t('events.filterLevel')}
        placeholder={t('events.allLevels')}
        value={view.level}
        values={EventLevelSchema.options}
        labelOf={(level) => t(`events.levels.${level}`)}
        onChange={(level) => go(firstPage(view, { level }))}
        width={140}
      />
      <EnumFilter
        id="event-type-filter"
        label={t('events.filterType')}
        placeholder={t('events.allTypes')}
        value={view.type}
        values={EventTypeSchema.options}
        labelOf={(type) => t(`events.types.${type}`)}
        onChange={(type) => go(firstPage(view, { type }))}
        width={220}
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
  const filtered = view.level !== undefined || view.type !== undefined
  return (
    <MarkerListCard<ClusterEvent, EventListView>
      list={list}
      rows={list.data?.events}
      rowKey="eventId"
      columns={columns}
      filters={<Filters view={view} go={go} />}
      emptyText={t(filtered ? 'events.noMatch' : 'events.empty')}
      view={view}
      go={go}
      pagerId="event-page-size"
    />
  )
}
