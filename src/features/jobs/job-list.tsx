import { ReloadOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Card, Empty, Flex, Progress, Select, Space, Table, Typography } from 'antd'
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
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { MarkerPager } from '../../shared/marker-pager.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { jobPath } from './job-paths.ts'
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
      <label htmlFor="job-type-filter" style={visuallyHidden}>
        {t('jobs.filterType')}
      </label>
      <Select<JobType>
        // Short lists: without virtual scrolling every option carries role=option.
        virtual={false}
        id="job-type-filter"
        allowClear
        placeholder={t('jobs.allTypes')}
        value={view.type}
        onChange={(type) => go(firstPage(view, { type }))}
        options={JobTypeSchema.options.map((type) => ({ value: type, label: t(`jobs.types.${type}`) }))}
        style={{ width: 200 }}
      />
      <label htmlFor="job-state-filter" style={visuallyHidden}>
        {t('jobs.filterState')}
      </label>
      <Select<JobState>
        virtual={false}
        id="job-state-filter"
        allowClear
        placeholder={t('jobs.allStates')}
        value={view.state}
        onChange={(state) => go(firstPage(view, { state }))}
        options={JobStateSchema.options.map((state) => ({ value: state, label: t(`jobs.states.${state}`) }))}
        style={{ width: 160 }}
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
  const page = list.data
  const filtered = view.type !== undefined || view.state !== undefined
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
        <Table<Job>
          rowKey="jobId"
          columns={columns}
          dataSource={page?.jobs}
          loading={list.isPending || list.isPlaceholderData}
          pagination={false}
          locale={{
            emptyText: list.isPending ? (
              ' '
            ) : (
              <Empty description={t(filtered ? 'jobs.noMatch' : 'jobs.empty')} />
            ),
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <MarkerPager
        id="job-page-size"
        view={view}
        nextMarker={page?.isTruncated ? (page.nextMarker ?? null) : null}
        go={go}
      />
    </Card>
  )
}
