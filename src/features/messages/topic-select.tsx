import { useTranslation } from 'react-i18next'
import { SearchSelect } from '../../shared/search-select.tsx'
import { topicChoicesQuery } from './api.ts'

/** A topic picker that searches the server by name, so a cluster with thousands of topics still works. */
export function TopicSelect({
  clusterId,
  id,
  value,
  onChange,
}: {
  clusterId: string
  id?: string
  value?: string
  onChange?: (topicName: string) => void
}) {
  const { t } = useTranslation()
  return (
    <SearchSelect
      id={id}
      choices={(search) => topicChoicesQuery(clusterId, search)}
      value={value}
      onChange={(topicName) => topicName !== undefined && onChange?.(topicName)}
      placeholder={t('messages.topicPlaceholder')}
    />
  )
}
