import { CopyOutlined, DownloadOutlined } from '@ant-design/icons'
import { App, Button, Descriptions, Drawer, Flex, Segmented, Space, Table, Typography, theme } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KafkaMessage } from '../../../contract/messages.ts'
import { downloadText } from '../../shared/download-text.ts'
import { formatBytes } from '../../shared/format-bytes.ts'
import { formatTime } from '../../shared/format-time.ts'
import { JsonView } from './json-view.tsx'
import {
  availableViews,
  type ByteView,
  base64ToBytes,
  defaultView,
  type MessageBytes,
  toHex,
} from './message-bytes.ts'
import { prettyJson, readJson } from './pretty-json.ts'

// Past these sizes the drawer shows a prefix (hex) or plain text (JSON): a 10 MB value must not freeze the tab.
const hexBytesShown = 64 * 1024
const foldableJsonChars = 512 * 1024

function BytesBody({ bytes, view }: { bytes: MessageBytes; view: ByteView }) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const content = useMemo(() => {
    if (view === 'json' && bytes.text !== null) {
      if (bytes.text.length > foldableJsonChars) return { text: prettyJson(bytes.text) ?? bytes.text }
      const node = readJson(bytes.text)
      if (node) return { node }
    }
    if (view === 'hex' && bytes.base64 !== null) {
      const all = base64ToBytes(bytes.base64)
      const shown = all.subarray(0, hexBytesShown)
      return {
        text: toHex(shown),
        note:
          all.length > shown.length
            ? t('messages.drawer.truncated', {
                shown: formatBytes(shown.length),
                total: formatBytes(all.length),
              })
            : undefined,
      }
    }
    if (view === 'base64') return { text: bytes.base64 ?? '' }
    return { text: bytes.text ?? '' }
  }, [bytes.text, bytes.base64, view, t])
  const box = {
    maxHeight: 420,
    overflow: 'auto',
    margin: 0,
    padding: 8,
    borderRadius: token.borderRadius,
    background: token.colorFillQuaternary,
  }
  return (
    <>
      {'node' in content && content.node ? (
        <div style={box}>
          <JsonView node={content.node} />
        </div>
      ) : (
        <pre style={{ ...box, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
          {content.text}
        </pre>
      )}
      {'note' in content && content.note && (
        <Typography.Text type="secondary">{content.note}</Typography.Text>
      )}
    </>
  )
}

function BytesSection({ title, bytes }: { title: string; bytes: MessageBytes }) {
  const { t } = useTranslation()
  const [view, setView] = useState<ByteView>(() => defaultView(bytes))
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {bytes.base64 !== null && (
          <Segmented<ByteView>
            size="small"
            aria-label={t('messages.drawer.viewLabel', { part: title })}
            value={view}
            onChange={setView}
            options={availableViews(bytes).map((value) => ({
              value,
              label: t(`messages.drawer.views.${value}`),
            }))}
          />
        )}
      </Flex>
      {bytes.base64 === null ? (
        <Typography.Text type="secondary">{t('messages.drawer.noBytes')}</Typography.Text>
      ) : (
        <BytesBody bytes={bytes} view={view} />
      )}
    </Flex>
  )
}

/** One message in full: key and value in the chosen encoding, headers, time in local and UTC. */
export function MessageDrawer({
  topicName,
  message,
  onClose,
}: {
  topicName: string
  message: KafkaMessage | null
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const app = App.useApp()
  const asJson = () => JSON.stringify({ topic: topicName, ...message }, null, 2)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(asJson())
      app.message.success(t('messages.drawer.copied'))
    } catch {
      app.message.error(t('messages.drawer.copyFailed'))
    }
  }

  return (
    <Drawer
      open={message !== null}
      onClose={onClose}
      width={720}
      destroyOnHidden
      title={message && t('messages.drawer.title', { partition: message.partition, offset: message.offset })}
      extra={
        message && (
          <Space>
            <Button icon={<CopyOutlined aria-hidden />} onClick={copy}>
              {t('messages.drawer.copy')}
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              onClick={() =>
                downloadText(
                  `${topicName}-${message.partition}-${message.offset}.json`,
                  asJson(),
                  'application/json',
                )
              }
            >
              {t('messages.drawer.download')}
            </Button>
          </Space>
        )
      }
    >
      {message && (
        <Flex vertical gap={24} key={`${message.partition}:${message.offset}`}>
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'partition', label: t('messages.drawer.partition'), children: message.partition },
              { key: 'offset', label: t('messages.drawer.offset'), children: message.offset },
              {
                key: 'local',
                label: t('messages.drawer.localTime'),
                children: formatTime(message.timestamp, i18n.language),
              },
              { key: 'utc', label: t('messages.drawer.utcTime'), children: message.timestamp },
              {
                key: 'type',
                label: t('messages.drawer.timestampType'),
                children: t(`messages.timestampTypes.${message.timestampType}`),
              },
              { key: 'size', label: t('messages.drawer.size'), children: formatBytes(message.size) },
            ]}
          />
          <BytesSection
            title={t('messages.drawer.key')}
            bytes={{ text: message.key, base64: message.keyBase64 }}
          />
          <BytesSection
            title={t('messages.drawer.value')}
            bytes={{ text: message.value, base64: message.valueBase64 }}
          />
          <Flex vertical gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('messages.drawer.headers')}
            </Typography.Title>
            <Table
              size="small"
              pagination={false}
              rowKey="position"
              // Header names may repeat; a header is known by its place in the message.
              dataSource={message.headers.map((header, position) => ({ ...header, position }))}
              locale={{ emptyText: t('messages.drawer.noHeaders') }}
              columns={[
                { title: t('messages.drawer.headerName'), dataIndex: 'key' },
                {
                  title: t('messages.drawer.headerValue'),
                  dataIndex: 'value',
                  render: (value: string | null) =>
                    value === null ? <Typography.Text type="secondary">null</Typography.Text> : value,
                },
              ]}
            />
          </Flex>
        </Flex>
      )}
    </Drawer>
  )
}
