import { Space, Tabs, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { AlarmHistory } from './alarm-history.tsx'
import { ChannelList } from './channel-list.tsx'
import { EventPolicyList } from './event-policy-list.tsx'
import {
  ALARM_TABS,
  type AlarmTab,
  readHistoryView,
  readPolicyView,
  readTab,
  writeAlarmsView,
} from './list-params.ts'
import { PolicyList } from './policy-list.tsx'

/** 报警管理: alarm policies, the webhooks they notify, what fired, and which events notify whom. */
export function AlarmsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const tab = readTab(params)
  const content: Record<AlarmTab, () => React.ReactNode> = {
    policies: () => (
      <PolicyList view={readPolicyView(params)} go={(view) => setParams(writeAlarmsView('policies', view))} />
    ),
    channels: () => <ChannelList />,
    history: () => (
      <AlarmHistory
        view={readHistoryView(params)}
        go={(view) => setParams(writeAlarmsView('history', view))}
      />
    ),
    eventPolicies: () => <EventPolicyList />,
  }
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.alarms')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(next) => setParams(writeAlarmsView(next as AlarmTab))}
        items={ALARM_TABS.map((key) => ({ key, label: t(`alarms.tabs.${key}`) }))}
      />
      {content[tab]()}
    </Space>
  )
}
