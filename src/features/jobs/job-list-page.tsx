import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { clusterJobListQuery, globalJobListQuery } from './api.ts'
import { JobListCard } from './job-list.tsx'
import { type JobListView, jobListQuery, readJobListView, writeJobListView } from './list-params.ts'

function useListView() {
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readJobListView(searchParams)
  const go = (next: JobListView) => setSearchParams(writeJobListView(next))
  return { view, go }
}

/** 任务管理: the tasks of the open cluster. */
export function ClusterJobListPage() {
  const { t } = useTranslation()
  const clusterId = useParams().clusterId ?? ''
  const { view, go } = useListView()
  const list = useQuery({
    ...clusterJobListQuery(clusterId, jobListQuery(view)),
    placeholderData: keepPreviousData,
  })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.tasks')}
      </Typography.Title>
      <JobListCard list={list} view={view} go={go} />
    </Space>
  )
}

/** The tasks of every cluster, newest first. */
export function GlobalJobListPage() {
  const { t } = useTranslation()
  const { view, go } = useListView()
  const list = useQuery({ ...globalJobListQuery(jobListQuery(view)), placeholderData: keepPreviousData })
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.tasks')}
      </Typography.Title>
      <JobListCard list={list} view={view} go={go} showCluster />
    </Space>
  )
}
