import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { topicChoicesQuery } from './api.ts'

// A request per pause in typing, not per key.
const searchDelayMs = 300

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
  const [search, setSearch] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const choices = useQuery(topicChoicesQuery(clusterId, search))
  useEffect(() => () => clearTimeout(timer.current), [])

  const names = choices.data ?? []
  // The chosen topic stays listed even when the last search did not return it.
  const options = (value && !names.includes(value) ? [value, ...names] : names).map((name) => ({
    value: name,
    label: name,
  }))

  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      placeholder={t('messages.topicPlaceholder')}
      filterOption={false}
      onSearch={(text) => {
        clearTimeout(timer.current)
        timer.current = setTimeout(() => setSearch(text.trim()), searchDelayMs)
      }}
      onOpenChange={(open) => {
        if (!open) setSearch('')
      }}
      loading={choices.isFetching}
      options={options}
      notFoundContent={choices.isFetching ? null : undefined}
      style={{ width: '100%' }}
    />
  )
}
