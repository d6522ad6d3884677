import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { clusterChoicesQuery } from '../../shared/cluster-choices.ts'

/** The value `allLabel` stands for: no cluster, i.e. every cluster. */
export const ALL_CLUSTERS = ''

/** Picks one of Ferry's clusters by name; with `allLabel`, also "every cluster" (the empty string). */
export function ClusterSelect({
  id,
  value,
  onChange,
  allLabel,
  allowClear,
  placeholder,
  style,
}: {
  id?: string
  value?: string
  onChange?: (clusterId: string | undefined) => void
  allLabel?: string
  allowClear?: boolean
  placeholder?: string
  style?: CSSProperties
}) {
  const { t } = useTranslation()
  const clusters = useQuery(clusterChoicesQuery())
  const options = (clusters.data ?? []).map((cluster) => ({
    value: cluster.clusterId,
    label: `${cluster.name} (${cluster.clusterId})`,
  }))
  return (
    <Select
      id={id}
      virtual={false}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      allowClear={allowClear}
      loading={clusters.isPending}
      placeholder={placeholder ?? t('alarms.clusterPlaceholder')}
      options={allLabel === undefined ? options : [{ value: ALL_CLUSTERS, label: allLabel }, ...options]}
      style={style ?? { width: '100%' }}
    />
  )
}
