import { ReloadOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Result,
  Skeleton,
  Space,
  Steps,
  Table,
  Typography,
} from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Job } from '../../../contract/jobs.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import { clusterJobsPath } from '../../shared/job-paths.ts'
import { jobDetailQuery } from './api.ts'
import { progressStatus, stepStatus } from './job-state.ts'
import { JobStateTag } from './job-state-tag.tsx'

function useTime() {
  const { i18n } = useTranslation()
  return (iso: string | null) => (iso ? formatTime(iso, i18n.language) : '—')
}

function BasicInfo({ job }: { job: Job }) {
  const { t } = useTranslation()
  const time = useTime()
  return (
    <Card title={t('jobs.basicInfo')}>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          {
            key: 'jobId',
            label: t('jobs.jobId'),
            children: <Typography.Text copyable>{job.jobId}</Typography.Text>,
          },
          { key: 'type', label: t('jobs.type'), children: t(`jobs.types.${job.type}`) },
          {
            key: 'state',
            label: t('jobs.state'),
            children: <JobStateTag state={job.state} testId="job-state" />,
          },
          {
            key: 'cluster',
            label: t('jobs.cluster'),
            children: <Link to={`/clusters/${encodeURIComponent(job.clusterId)}`}>{job.clusterId}</Link>,
          },
          { key: 'createTime', label: t('jobs.createTime'), children: time(job.createTime) },
          { key: 'startTime', label: t('jobs.startTime'), children: time(job.startTime) },
          { key: 'endTime', label: t('jobs.endTime'), children: time(job.endTime) },
        ]}
      />
    </Card>
  )
}

function Operations({ job }: { job: Job }) {
  const { t } = useTranslation()
  const time = useTime()
  return (
    <Card title={t('jobs.progressTitle')}>
      <Progress
        percent={job.progress}
        status={progressStatus(job.state)}
        aria-label={t('jobs.progressTitle')}
        style={{ marginBottom: 24 }}
      />
      {job.operations.length === 0 ? (
        <Empty description={t('jobs.noOperations')} />
      ) : (
        <Steps
          direction="vertical"
          size="small"
          items={job.operations.map((operation) => ({
            key: operation.operationId,
            status: stepStatus(operation.state),
            title: t(`jobs.operationTypes.${operation.type}`),
            subTitle: <JobStateTag state={operation.state} />,
            description: (
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary">
                  {operation.startTime
                    ? t('jobs.stepTimes', { start: time(operation.startTime), end: time(operation.endTime) })
                    : t('jobs.notStarted')}
                </Typography.Text>
                {operation.error && <Typography.Text type="danger">{operation.error}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      )}
    </Card>
  )
}

/** A context value as text: strings as they are, anything else as JSON. */
function show(value: unknown): string {
  if (value === undefined) return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function Context({ job }: { job: Job }) {
  const { t } = useTranslation()
  const keys = [...new Set([...Object.keys(job.sourceContext), ...Object.keys(job.targetContext)])]
  return (
    <Card title={t('jobs.context')}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        locale={{ emptyText: t('jobs.noContext') }}
        dataSource={keys.map((key) => ({
          key,
          before: job.sourceContext[key],
          after: job.targetContext[key],
        }))}
        columns={[
          {
            title: t('jobs.contextKey'),
            dataIndex: 'key',
            render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
          },
          { title: t('jobs.before'), dataIndex: 'before', render: show },
          { title: t('jobs.after'), dataIndex: 'after', render: show },
        ]}
      />
    </Card>
  )
}

function NotFound({ clusterId, jobId }: { clusterId: string; jobId: string }) {
  const { t } = useTranslation()
  return (
    <Result
      status="404"
      title={t('jobs.notFoundTitle')}
      subTitle={t('jobs.notFoundText', { jobId })}
      extra={
        <Link to={clusterJobsPath(clusterId)}>
          <Button type="primary">{t('jobs.backToTasks')}</Button>
        </Link>
      }
    />
  )
}

/** 任务详情: basic info, progress step by step, before/after, and where it failed. */
export function JobDetailPage() {
  const { t } = useTranslation()
  const params = useParams()
  const clusterId = params.clusterId ?? ''
  const jobId = params.jobId ?? ''
  const detail = useQuery(jobDetailQuery(clusterId, jobId))
  const job = detail.data

  if (detail.error instanceof ApiError && detail.error.status === 404)
    return <NotFound clusterId={clusterId} jobId={jobId} />

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb
        items={[{ title: <Link to={clusterJobsPath(clusterId)}>{t('nav.tasks')}</Link> }, { title: jobId }]}
      />
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {job ? t(`jobs.types.${job.type}`) : jobId}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => detail.refetch()} loading={detail.isFetching}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {job && (
        <>
          {job.error && (
            <Alert
              type="error"
              showIcon
              data-testid="job-error"
              message={
                job.errorStep
                  ? t('jobs.failedAt', { step: t(`jobs.operationTypes.${job.errorStep}`) })
                  : t('jobs.failed')
              }
              description={job.error}
            />
          )}
          <BasicInfo job={job} />
          <Operations job={job} />
          <Context job={job} />
        </>
      )}
    </Space>
  )
}
