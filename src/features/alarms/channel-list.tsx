import { SendOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../shared/error-alert.tsx'
import { formatTime } from '../../shared/format-time.ts'
import {
  type AlarmChannel,
  type ChannelTestResult,
  channelListQuery,
  useDeleteChannel,
  useTestChannel,
} from './api.ts'
import { ChannelModal } from './channel-modal.tsx'
import { RowActions, TabHeader } from './row-actions.tsx'

/** What the receiver of a test answered, as the list shows it after "Send test". */
function TestOutcome({
  outcome,
  onClose,
}: {
  outcome: { name: string; result: ChannelTestResult }
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { name, result } = outcome
  const reason =
    result.error ??
    (result.status === null ? '' : t('alarms.channel.answeredStatus', { status: result.status }))
  return (
    <Alert
      type={result.delivered ? 'success' : 'error'}
      showIcon
      closable
      onClose={onClose}
      data-testid="channel-test-result"
      message={
        result.delivered
          ? t('alarms.channel.testDelivered', { name, status: result.status ?? '—' })
          : t('alarms.channel.testFailed', { name, reason })
      }
    />
  )
}

/** 通知渠道: webhooks the policies notify; each can be sent a test to see what its receiver answers. */
export function ChannelList() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const channels = useQuery(channelListQuery())
  const remove = useDeleteChannel()
  const test = useTestChannel()
  const [editing, setEditing] = useState<AlarmChannel | null | undefined>(undefined)
  const [outcome, setOutcome] = useState<{ name: string; result: ChannelTestResult } | null>(null)
  const [testing, setTesting] = useState<string | null>(null)

  const sendTest = async (channel: AlarmChannel) => {
    setTesting(channel.channelId)
    setOutcome(null)
    try {
      setOutcome({ name: channel.name, result: await test.mutateAsync(channel.channelId) })
    } catch (error) {
      message.error((error as Error).message)
    } finally {
      setTesting(null)
    }
  }

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <TabHeader
        intro={t('alarms.channel.intro')}
        action={t('alarms.channel.create')}
        onAction={() => setEditing(null)}
      />
      {outcome && <TestOutcome outcome={outcome} onClose={() => setOutcome(null)} />}
      <Card>
        {channels.isError ? (
          <ErrorAlert error={channels.error} onRetry={() => channels.refetch()} />
        ) : (
          <Table<AlarmChannel>
            rowKey="channelId"
            pagination={false}
            loading={channels.isPending}
            dataSource={channels.data}
            locale={{ emptyText: t('alarms.channel.empty') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('alarms.channel.name'), dataIndex: 'name' },
              {
                title: t('alarms.channel.url'),
                dataIndex: 'url',
                render: (url: string) => <Typography.Text code>{url}</Typography.Text>,
              },
              {
                title: t('alarms.channel.token'),
                dataIndex: 'hasToken',
                render: (hasToken: boolean) => t(hasToken ? 'common.yes' : 'common.no'),
              },
              {
                title: t('alarms.created'),
                dataIndex: 'createTime',
                render: (time: string) => formatTime(time, i18n.language),
              },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, channel) => (
                  <RowActions
                    name={channel.name}
                    onEdit={() => setEditing(channel)}
                    onDelete={() => remove.mutateAsync(channel.channelId)}
                    deleteHint={t('alarms.channel.deleteHint')}
                  >
                    <Button
                      type="link"
                      icon={<SendOutlined />}
                      loading={testing === channel.channelId}
                      onClick={() => sendTest(channel)}
                    >
                      {t('alarms.channel.test')}
                    </Button>
                  </RowActions>
                ),
              },
            ]}
          />
        )}
      </Card>
      <ChannelModal
        open={editing !== undefined}
        channel={editing ?? undefined}
        onClose={() => setEditing(undefined)}
      />
    </Space>
  )
}
