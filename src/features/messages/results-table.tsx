import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Dropdown, Flex, Table, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { KafkaMessage } from '../../../contract/messages.ts'
import { downloadText } from '../../shared/download-text.ts'
import { formatBytes } from '../../shared/format-bytes.ts'
import { formatTime } from '../../shared/format-time.ts'
import { reportExport } from './api.ts'
import { toCsv, toJsonLines } from './export-results.ts'
import { previewBytes } from './message-bytes.ts'
import { maxRows } from './use-message-query.ts'

export const messageRowKey = (m: KafkaMessage) => `${m.partition}:${m.offset}`

function Preview({ text, base64 }: { text: string | null; base64: string | null }) {
  const { t } = useTranslation()
  const preview = previewBytes({ text, base64 })
  if (preview === null) return <Typography.Text type="secondary">{t('messages.nullBytes')}</Typography.Text>
  return (
    <Typography.Text
      ellipsis
      code={text === null}
      style={{ maxWidth: 420, display: 'block', whiteSpace: 'nowrap' }}
      title={text !== null && text.length <= 2000 ? text : undefined}
    >
      {preview.replace(/\s+/g, ' ')}
    </Typography.Text>
  )
}

/** The matches, newest query's rows last; a row (or View) opens the message. */
export function ResultsTable({
  messages,
  dropped,
  loading,
  searched,
  clusterId,
  topicName,
  onOpen,
}: {
  messages: KafkaMessage[]
  dropped: number
  loading: boolean
  searched: boolean
  clusterId: string
  topicName: string
  onOpen: (message: KafkaMessage) => void
}) {
  const { t, i18n } = useTranslation()

  const download = (format: 'jsonl' | 'csv') => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const name = `${topicName}-${stamp}.${format}`
    if (format === 'csv') downloadText(name, toCsv(messages), 'text/csv;charset=utf-8')
    else downloadText(name, toJsonLines(messages), 'application/x-ndjson')
    reportExport(clusterId, {
      topicName,
      messages: messages.length,
      format: format === 'csv' ? 'csv' : 'json',
    })
  }

  const columns: ColumnsType<KafkaMessage> = [
    {
      title: t('messages.columns.partition'),
      dataIndex: 'partition',
      width: 90,
      sorter: (a, b) => a.partition - b.partition || a.offset - b.offset,
    },
    {
      title: t('messages.columns.offset'),
      dataIndex: 'offset',
      width: 110,
      sorter: (a, b) => a.offset - b.offset,
    },
    {
      title: t('messages.columns.timestamp'),
      dataIndex: 'timestamp',
      width: 200,
      sorter: (a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp),
      render: (timestamp: string, m) => (
        <Tooltip
          title={
            <>
              <div>{t('messages.utc', { time: timestamp })}</div>
              <div>{t(`messages.timestampTypes.${m.timestampType}`)}</div>
            </>
          }
        >
          <span style={{ whiteSpace: 'nowrap' }}>{formatTime(timestamp, i18n.language)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('messages.columns.key'),
      key: 'key',
      width: 180,
      render: (_, m) => <Preview text={m.key} base64={m.keyBase64} />,
    },
    {
      title: t('messages.columns.value'),
      key: 'value',
      render: (_, m) => <Preview text={m.value} base64={m.valueBase64} />,
    },
    {
      title: t('messages.columns.size'),
      dataIndex: 'size',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.size - b.size,
      render: (size: number) => formatBytes(size),
    },
    {
      title: t('messages.columns.actions'),
      key: 'actions',
      width: 90,
      render: (_, m) => (
        <Button
          type="link"
          size="small"
          onClick={(event) => {
            event.stopPropagation()
            onOpen(m)
          }}
        >
          {t('messages.view')}
        </Button>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('messages.resultCount', { count: messages.length })}
        </Typography.Text>
        <Dropdown
          disabled={messages.length === 0}
          menu={{
            items: [
              { key: 'jsonl', label: t('messages.downloadJsonLines') },
              { key: 'csv', label: t('messages.downloadCsv') },
            ],
            onClick: ({ key }) => download(key as 'jsonl' | 'csv'),
          }}
        >
          <Button icon={<DownloadOutlined aria-hidden />}>{t('messages.downloadAll')}</Button>
        </Dropdown>
      </Flex>
      {dropped > 0 && (
        <Alert type="warning" showIcon message={t('messages.rowsCapped', { max: maxRows, dropped })} />
      )}
      <Table<KafkaMessage>
        rowKey={messageRowKey}
        size="small"
        columns={columns}
        dataSource={messages}
        loading={loading && messages.length === 0}
        scroll={{ x: 'max-content' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
        locale={{ emptyText: searched ? t('messages.empty') : t('messages.idle') }}
        onRow={(m) => ({ onClick: () => onOpen(m), style: { cursor: 'pointer' } })}
      />
    </Flex>
  )
}
