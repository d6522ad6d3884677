import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { type CSSProperties, useEffect, useRef, useState } from 'react'
import { groupChoicesQuery, topicChoicesQuery } from './cluster-choices.ts'

// A request per pause in typing, not per key.
const searchDelayMs = 300

/**
 * A picker of names (topics, consumer groups) that searches the server as the reader types, so a cluster
 * with thousands of them still works. `choices` gives the query for one search text.
 */
export function SearchSelect<TData, TKey extends QueryKey>({
  id,
  choices,
  value,
  onChange,
  placeholder,
  allowClear = false,
  style,
}: {
  id?: string
  choices: (search: string) => UseQueryOptions<TData, Error, string[], TKey>
  value?: string
  onChange?: (value: string | undefined) => void
  placeholder?: string
  allowClear?: boolean
  style?: CSSProperties
}) {
  const [search, setSearch] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const found = useQuery(choices(search))
  useEffect(() => () => clearTimeout(timer.current), [])

  const names = found.data ?? []
  // The chosen name stays listed even when the last search did not return it.
  const options = (value && !names.includes(value) ? [value, ...names] : names).map((name) => ({
    value: name,
    label: name,
  }))

  return (
    <Select
      id={id}
      showSearch
      allowClear={allowClear}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      placeholder={placeholder}
      filterOption={false}
      onSearch={(text) => {
        clearTimeout(timer.current)
        timer.current = setTimeout(() => setSearch(text.trim()), searchDelayMs)
      }}
      onOpenChange={(open) => {
        if (!open) setSearch('')
      }}
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? null : undefined}
      style={style ?? { width: '100%' }}
    />
  )
}

type NamePickerProps = {
  clusterId: string
  id?: string
  value?: string
  onChange?: (value: string | undefined) => void
  placeholder?: string
  style?: CSSProperties
}

/** A topic of the cluster, searched by name. */
export function TopicPicker({ clusterId, ...props }: NamePickerProps) {
  return <SearchSelect choices={(search) => topicChoicesQuery(clusterId, search)} {...props} />
}

/** A consumer group of the cluster, searched by name. */
export function GroupPicker({ clusterId, ...props }: NamePickerProps) {
  return <SearchSelect choices={(search) => groupChoicesQuery(clusterId, search)} {...props} />
}
