import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { clusterEventListQuery, globalEventListQuery } from './api.ts'
import { EventListCard } from './event-list.tsx'
import { type EventListView, eventListQuery, readEventListView, writeEventListView } from './list-params.ts'

function useListView() {
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readEventListView(searchParams)
  const go = (next: EventListView) => setSearchParams(writeEventListView(next))
  return { view, go }
}

/** 事件: the events of the open cluster, newest first. */
export function ClusterEventListPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const { view, go } = useListView()
  const list = useQuery({
    ...clusterEventListQuery(clusterId, eventListQuery(view)),
    placeholderData: keepPreviousData,
  })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.events')}
      </Typography.Title>
      <EventListCard list={list} view={view} go={go} />
    </Space>
  )
}

/** The events of every cluster, newest first. */
export function GlobalEventListPage() {
  const { t } = useTranslation()
  const { view, go } = useListView()
  const list = useQuery({ ...globalEventListQuery(eventListQuery(view)), placeholderData: keepPreviousData })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.events')}
      </Typography.Title>
      <EventListCard list={list} view={view} go={go} showCluster />
    </Space>
  )
}
