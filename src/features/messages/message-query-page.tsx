import { SendOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Flex, Form, Space, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { KafkaMessage } from '../../../contract/messages.ts'
import { ApiError } from '../../shared/api-client.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { applyFieldErrors } from '../../shared/form-errors.ts'
import { formatTime } from '../../shared/format-time.ts'
import { useContractMessage } from '../../shared/use-contract-message.ts'
import { messageQuerySettingsQuery, partitionCountQuery, runningQueriesQuery } from './api.ts'
import { MessageDrawer } from './message-drawer.tsx'
import { ProduceModal, type ProduceResult } from './produce-modal.tsx'
import {
  defaultQueryValues,
  type FilterTab,
  filterOf,
  type QueryFormValues,
  toQueryBody,
} from './query-body.ts'
import { QueryForm } from './query-form.tsx'
import { QueryProgress } from './query-progress.tsx'
import { QuerySettingsModal } from './query-settings-modal.tsx'
import { ResultsTable } from './results-table.tsx'
import { useMessageQuery } from './use-message-query.ts'

function RunningQueries({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation()
  const running = useQuery(runningQueriesQuery(clusterId))
  if (!running.data?.length) return null
  const number = new Intl.NumberFormat(i18n.language)
  return (
    <div>
      {t('messages.runningQueries')}
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {running.data.map((query) => (
          <li key={query.queryId}>
            {t('messages.runningQuery', {
              topic: query.topicName,
              time: formatTime(query.startTime, i18n.language),
              scanned: number.format(query.scanned),
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}

function QueryError({ clusterId, error, onRetry }: { clusterId: string; error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  if (error instanceof ApiError && error.code === 'QUERY_TOO_FREQUENT')
    return (
      <Alert
        type="warning"
        showIcon
        message={t('messages.queryTooFrequent')}
        // The server's message says how many seconds are left.
        description={error.message}
        action={
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    )
  if (error instanceof ApiError && (error.status === 429 || error.code === 'TOO_MANY_QUERIES'))
    return (
      <Alert
        type="warning"
        showIcon
        message={t('messages.tooManyQueries')}
        description={
          <>
            <div>{t('messages.tooManyQueriesHint')}</div>
            <Typography.Text type="secondary">{error.message}</Typography.Text>
            <RunningQueries clusterId={clusterId} />
          </>
        }
        action={
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    )
  return <ErrorAlert error={error} onRetry={onRetry} />
}

/** Find messages by offset, time, newest or key with a filter, watch the scan, read them, send one. */
export function MessageQueryPage() {
  const { t } = useTranslation()
  const translate = useContractMessage()
  const clusterId = useParams().clusterId ?? ''
  const [searchParams, setSearchParams] = useSearchParams()
  const topicName = searchParams.get('topic') ?? ''
  const [form] = Form.useForm<QueryFormValues>()
  const [filterTab, setFilterTab] = useState<FilterTab>('simple')
  const [filterError, setFilterError] = useState<string | null>(null)
  const [opened, setOpened] = useState<KafkaMessage | null>(null)
  const [producing, setProducing] = useState(false)
  const [editingSettings, setEditingSettings] = useState(false)
  const partitionCount = useQuery({ ...partitionCountQuery(clusterId, topicName), enabled: topicName !== '' })
  const settings = useQuery(messageQuerySettingsQuery(clusterId)).data

  // The cluster's defaults replace the built-in ones once known; values the user typed stay.
  useEffect(() => {
    if (!settings) return
    if (!form.isFieldTouched('limit')) form.setFieldValue('limit', settings.defaultLimit)
    else if (form.getFieldValue('limit') > settings.maxLimit) form.setFieldValue('limit', settings.maxLimit)
    if (!form.isFieldTouched('maxMb')) form.setFieldValue('maxMb', settings.defaultMaxBytes / (1024 * 1024))
  }, [form, settings])

  // The URL names the topic (links from the topic page, reloads); the form follows it.
  useEffect(() => {
    if (form.getFieldValue('topicName') !== (topicName || undefined))
      form.setFieldsValue({ topicName: topicName || undefined, partition: 'all' })
  }, [form, topicName])

  // Errors answered before the stream started name the field they are about; the rest show in an alert.
  const [alertError, setAlertError] = useState(true)
  const showFieldErrors = (error: ApiError) => {
    const { filter, ...others } = error.fields
    if (filter !== undefined) {
      if (filterTab === 'simple') {
        // The builder's expression goes to the CEL tab, where the error's position can be read against it.
        form.setFieldValue('filter', filterOf(form.getFieldsValue(true), 'simple') ?? '')
        setFilterTab('cel')
      }
      setFilterError(translate(filter))
    }
    const unshown = applyFieldErrors(form, new ApiError({ ...error, fields: others }), translate)
    setAlertError(Object.keys(error.fields).length === 0 || Object.keys(unshown).length > 0)
  }
  const { state, search: startSearch, cancel, proceed } = useMessageQuery(clusterId, showFieldErrors)
  const running = state.status === 'running'
  const error = state.status === 'failed' ? state.error : null
  const search: typeof startSearch = (run) => {
    setAlertError(true)
    setFilterError(null)
    startSearch(run)
  }

  const run = (values: QueryFormValues) => {
    if (!values.topicName) return
    search({ topicName: values.topicName, body: toQueryBody(values, filterTab) })
  }

  const find = (result: ProduceResult) => {
    setProducing(false)
    const values: QueryFormValues = {
      ...form.getFieldsValue(true),
      topicName,
      partition: result.partition,
      mode: 'offset',
      startOffset: result.offset,
      filterRows: [],
      filter: '',
    }
    form.setFieldsValue(values)
    search({ topicName, body: toQueryBody(values, filterTab) })
  }

  const searchAllPartitions = () => {
    if (!state.run) return
    form.setFieldValue('keyScanAll', true)
    search({ ...state.run, body: { ...state.run.body, keyScan: 'all' } })
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('messages.title')}
        </Typography.Title>
        <Button icon={<SendOutlined aria-hidden />} disabled={!topicName} onClick={() => setProducing(true)}>
          {t('messages.produce.open')}
        </Button>
      </Flex>
      <Card>
        <QueryForm
          form={form}
          clusterId={clusterId}
          partitionCount={partitionCount.data}
          // The contract's own ceiling until the cluster's is known.
          maxLimit={settings?.maxLimit ?? 1000}
          running={running}
          filterTab={filterTab}
          filterError={filterError}
          onFilterTabChange={setFilterTab}
          onFilterChange={() => setFilterError(null)}
          initialValues={{ ...defaultQueryValues, topicName: topicName || undefined }}
          onSearch={() => run(form.getFieldsValue(true))}
          onCancel={cancel}
          onTopicChange={(name) => {
            form.setFieldValue('partition', 'all')
            setSearchParams({ topic: name }, { replace: true })
          }}
          onOpenSettings={() => setEditingSettings(true)}
        />
      </Card>
      {error && alertError && (
        <QueryError clusterId={clusterId} error={error} onRetry={() => state.run && search(state.run)} />
      )}
      {state.progress && (
        <Card size="small">
          <QueryProgress state={state} onContinue={proceed} onSearchAllPartitions={searchAllPartitions} />
        </Card>
      )}
      <Card title={t('messages.results')}>
        <ResultsTable
          messages={state.messages}
          dropped={state.dropped}
          loading={running}
          searched={state.status !== 'idle'}
          clusterId={clusterId}
          topicName={state.run?.topicName ?? topicName}
          onOpen={setOpened}
        />
      </Card>
      <MessageDrawer
        topicName={state.run?.topicName ?? topicName}
        message={opened}
        onClose={() => setOpened(null)}
      />
      <QuerySettingsModal
        clusterId={clusterId}
        open={editingSettings}
        onClose={() => setEditingSettings(false)}
      />
      {topicName && (
        <ProduceModal
          clusterId={clusterId}
          topicName={topicName}
          partitionCount={partitionCount.data}
          open={producing}
          onClose={() => setProducing(false)}
          onFind={find}
        />
      )}
    </Space>
  )
}
