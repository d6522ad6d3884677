import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { channelListQuery } from './api.ts'

/** The webhooks a policy notifies, by name. */
export function ChannelSelect({
  id,
  value,
  onChange,
}: {
  id?: string
  value?: string[]
  onChange?: (channelIds: string[]) => void
}) {
  const { t } = useTranslation()
  const channels = useQuery(channelListQuery())
  return (
    <Select
      id={id}
      mode="multiple"
      virtual={false}
      value={value}
      onChange={onChange}
      loading={channels.isPending}
      placeholder={t('alarms.policy.channelsPlaceholder')}
      options={(channels.data ?? []).map((channel) => ({ value: channel.channelId, label: channel.name }))}
    />
  )
}
