import type { UseQueryResult } from '@tanstack/react-query'
import { Progress, Space, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RouteResponse } from '../../../contract/http.ts'
import {
  type Job,
  type JobState,
  JobStateSchema,
  type JobType,
  JobTypeSchema,
} from '../../../contract/jobs.ts'
import type { routes } from '../../../contract/routes.ts'
import { EnumFilter } from '../../shared/enum-filter.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { jobPath } from '../../shared/job-paths.ts'
import { MarkerListCard } from '../../shared/marker-list-card.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
import { progressStatus } from './job-state.ts'
import { JobStateTag } from './job-state-tag.tsx'
import type { JobListView } from './list-params.ts'

type JobList = RouteResponse<typeof routes.listJobs>

function useColumns(showCluster: boolean): ColumnsType<Job> {
  const { t, i18n } = useTranslation()
  const time = (iso: string | null) => (iso ? formatTime(iso, i18n.language) : '—')
  const cluster: ColumnsType<Job> = showCluster
    ? [
        {
          title: t('jobs.cluster'),
          dataIndex: 'clusterId',
          render: (clusterId: string) => (
            <Link to={`/clusters/${encodeURIComponent(clusterId)}`}>{clusterId}</Link>
          ),
        },
      ]
    : []
  return [
    {
      title: t('jobs.jobId'),
      dataIndex: 'jobId',
      render: (jobId: string) => <Typography.Text code>{jobId}</Typography.Text>,
    },
    ...cluster,
    { title: t('jobs.type'), dataIndex: 'type', render: (type: JobType) => t(`jobs.types.${type}`) },
    {
      title: t('jobs.state'),
      dataIndex: 'state',
      render: (state: JobState) => <JobStateTag state={state} />,
    },
    {
      title: t('jobs.progress'),
      dataIndex: 'progress',
      width: 160,
      render: (progress: number, job) => (
        <Progress percent={progress} size="small" status={progressStatus(job.state)} />
      ),
    },
    { title: t('jobs.createTime'), dataIndex: 'createTime', render: time },
    { title: t('jobs.startTime'), dataIndex: 'startTime', render: time },
    { title: t('jobs.endTime'), dataIndex: 'endTime', render: time },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, job) => <Link to={jobPath(job.clusterId, job.jobId)}>{t('jobs.view')}</Link>,
    },
  ]
}

function Filters({ view, go }: { view: JobListView; go: (next: JobListView) => void }) {
  const { t } = useTranslation()
  return (
    <Space wrap>
      <EnumFilter
        id="job-type-filter"
        label={t('jobs.filterType')}
        placeholder={t('jobs.allTypes')}
        value={view.type}
        values={JobTypeSchema.options}
        labelOf={(type) => t(`jobs.types.${type}`)}
        onChange={(type) => go(firstPage(view, { type }))}
        width={200}
      />
      <EnumFilter
        id="job-state-filter"
        label={t('jobs.filterState')}
        placeholder={t('jobs.allStates')}
        value={view.state}
        values={JobStateSchema.options}
        labelOf={(state) => t(`jobs.states.${state}`)}
        onChange={(state) => go(firstPage(view, { state }))}
        width={160}
      />
    </Space>
  )
}

/** One page of tasks, for one cluster or (with `showCluster`) all of them; filters and page in the URL. */
export function JobListCard({
  list,
  view,
  go,
  showCluster = false,
}: {
  list: UseQueryResult<JobList>
  view: JobListView
  go: (next: JobListView) => void
  showCluster?: boolean
}) {
  const { t } = useTranslation()
  const columns = useColumns(showCluster)
  const filtered = view.type !== undefined || view.state !== undefined
  return (
    <MarkerListCard<Job, JobListView>
      list={list}
      rows={list.data?.jobs}
      rowKey="jobId"
      columns={columns}
      filters={<Filters view={view} go={go} />}
      emptyText={t(filtered ? 'jobs.noMatch' : 'jobs.empty')}
      view={view}
      go={go}
      pagerId="job-page-size"
    />
  )
}
