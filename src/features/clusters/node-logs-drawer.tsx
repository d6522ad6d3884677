import { DownloadOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Button, Drawer, Empty, Flex, Select, Space, Spin, Switch, Typography, theme } from 'antd'
import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadText } from '../../shared/download-text.ts'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatBytes } from '../../shared/format-bytes.ts'
import { formatTime } from '../../shared/format-time.ts'
import { nodeLogFilesQuery, nodeLogQuery } from './api.ts'
import { appended, type LogWindow, prepended, windowOf } from './node-log-text.ts'

/** What one "Load earlier" reads, the same as the server's default tail. */
const EARLIER_BYTES = 64 * 1024
const FOLLOW_MS = 2_000

/** The log files of one node Ferry runs: read the tail, follow it, page back. */
export function NodeLogsDrawer({
  clusterId,
  brokerId,
  onClose,
}: {
  clusterId: string
  brokerId: number | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Drawer
      open={brokerId !== null}
      onClose={onClose}
      width="min(1200px, 92vw)"
      title={t('clusters.logs.title', { id: brokerId })}
      destroyOnHidden
    >
      {brokerId !== null && <NodeLogFiles clusterId={clusterId} brokerId={brokerId} />}
    </Drawer>
  )
}

function NodeLogFiles({ clusterId, brokerId }: { clusterId: string; brokerId: number }) {
  const { t, i18n } = useTranslation()
  const files = useQuery(nodeLogFilesQuery(clusterId, brokerId))
  const [chosen, setChosen] = useState<string | null>(null)
  if (files.isError) return <ErrorAlert error={files.error} onRetry={() => files.refetch()} />
  if (files.isPending) return <Spin />
  if (files.data.length === 0) return <Empty description={t('clusters.logs.noFiles')} />
  const fileName =
    chosen ?? (files.data.some((f) => f.name === 'broker.log') ? 'broker.log' : (files.data[0]?.name ?? ''))
  const select = (
    <Select
      aria-label={t('clusters.logs.file')}
      value={fileName}
      onChange={setChosen}
      style={{ minWidth: 380 }}
      options={files.data.map((file) => ({
        value: file.name,
        label: (
          <Space size={12}>
            {file.name}
            <Typography.Text type="secondary">
              {formatBytes(file.size)} · {formatTime(file.modifiedTime, i18n.language)}
            </Typography.Text>
          </Space>
        ),
      }))}
    />
  )
  // A new file starts a new view: its own tail, nothing followed or paged back yet.
  return (
    <NodeLogView
      key={fileName}
      clusterId={clusterId}
      brokerId={brokerId}
      fileName={fileName}
      select={select}
    />
  )
}

function NodeLogView({
  clusterId,
  brokerId,
  fileName,
  select,
}: {
  clusterId: string
  brokerId: number
  fileName: string
  select: ReactNode
}) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const queryClient = useQueryClient()
  const tail = useQuery(nodeLogQuery(clusterId, brokerId, fileName))
  // Null until something is followed or paged back: the tail alone is what is shown.
  const [kept, setKept] = useState<LogWindow | null>(null)
  const [following, setFollowing] = useState(false)
  const tailChunk = tail.data
  const log = kept ?? (tailChunk && windowOf(tailChunk))

  const follow = useQuery({
    ...nodeLogQuery(clusterId, brokerId, fileName, { position: log?.end ?? 0 }),
    enabled: following && log !== undefined,
    refetchInterval: FOLLOW_MS,
  })
  const followed = follow.data
  useEffect(() => {
    if (followed && tailChunk) setKept((prev) => appended(prev ?? windowOf(tailChunk), followed))
  }, [followed, tailChunk])

  const pre = useRef<HTMLPreElement>(null)
  // Set before text goes in above: the distance from the bottom to keep, so the lines read stay put.
  const fromBottom = useRef<number | null>(null)
  const earlier = useMutation({
    mutationFn: (start: number) => {
      const position = Math.max(0, start - EARLIER_BYTES)
      return queryClient.fetchQuery(
        nodeLogQuery(clusterId, brokerId, fileName, { position, maxBytes: start - position }),
      )
    },
    onSuccess: (chunk) => {
      if (pre.current && chunk.nextPosition === log?.start) {
        fromBottom.current = pre.current.scrollHeight - pre.current.scrollTop
      }
      if (tailChunk) setKept((prev) => prepended(prev ?? windowOf(tailChunk), chunk))
    },
  })

  const text = log?.text
  useLayoutEffect(() => {
    const view = pre.current
    if (!view || text === undefined) return
    if (fromBottom.current !== null) view.scrollTop = view.scrollHeight - fromBottom.current
    // Text only arrives at the end while following, or on first showing the tail: both read from the bottom.
    else view.scrollTop = view.scrollHeight
    fromBottom.current = null
  }, [text])

  const size = follow.data?.size ?? tail.data?.size
  return (
    <Flex vertical gap={12}>
      <Flex gap={16} align="center" wrap>
        {select}
        <Space size={6}>
          <Switch id="node-log-follow" size="small" checked={following} onChange={setFollowing} />
          <label htmlFor="node-log-follow">{t('clusters.logs.follow')}</label>
        </Space>
        <Button
          disabled={!log || log.start === 0}
          loading={earlier.isPending}
          onClick={() => log && earlier.mutate(log.start)}
        >
          {t('clusters.logs.loadEarlier')}
        </Button>
        <Button
          icon={<DownloadOutlined aria-hidden />}
          disabled={!log}
          onClick={() =>
            log && downloadText(`node-${brokerId}-${fileName}`, log.text, 'text/plain;charset=utf-8')
          }
        >
          {t('clusters.logs.download')}
        </Button>
        {log && size !== undefined && (
          <Typography.Text type="secondary">
            {t('clusters.logs.shown', { shown: formatBytes(log.end - log.start), size: formatBytes(size) })}
          </Typography.Text>
        )}
      </Flex>
      {tail.isError && <ErrorAlert error={tail.error} onRetry={() => tail.refetch()} />}
      {follow.isError && <ErrorAlert error={follow.error} onRetry={() => follow.refetch()} />}
      {earlier.isError && (
        <ErrorAlert error={earlier.error} onRetry={() => log && earlier.mutate(log.start)} />
      )}
      {tail.isPending && <Spin />}
      {log && (
        <pre
          ref={pre}
          data-testid="node-log-content"
          style={{
            margin: 0,
            maxHeight: '70vh',
            minHeight: 120,
            overflow: 'auto',
            padding: 12,
            fontFamily: token.fontFamilyCode,
            fontSize: 12,
            lineHeight: 1.5,
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
            background: token.colorFillQuaternary,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
          }}
        >
          {log.text || <Typography.Text type="secondary">{t('clusters.logs.empty')}</Typography.Text>}
        </pre>
      )}
    </Flex>
  )
}
