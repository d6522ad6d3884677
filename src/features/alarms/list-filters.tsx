import { Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { EnumFilter } from '../../shared/enum-filter.tsx'
import { firstPage } from '../../shared/marker-paging.ts'
import { visuallyHidden } from '../../shared/visually-hidden.ts'
import { ClusterSelect } from './cluster-select.tsx'
import type { AlarmListView } from './list-params.ts'

/** A policy or alarm list's filters: which cluster, which state; changing one starts from the first page. */
export function ListFilters<S extends 'OK' | 'FIRING' | 'NO_DATA' | 'RESOLVED'>({
  idPrefix,
  view,
  go,
  states,
}: {
  idPrefix: string
  view: AlarmListView<S>
  go: (next: AlarmListView<S>) => void
  states: readonly S[]
}) {
  const { t } = useTranslation()
  return (
    <Space wrap>
      <label htmlFor={`${idPrefix}-cluster-filter`} style={visuallyHidden}>
        {t('alarms.policy.cluster')}
      </label>
      <ClusterSelect
        id={`${idPrefix}-cluster-filter`}
        value={view.clusterId}
        onChange={(clusterId) => go(firstPage(view, { clusterId }))}
        allowClear
        placeholder={t('alarms.allClusters')}
        style={{ width: 240 }}
      />
      <EnumFilter
        id={`${idPrefix}-state-filter`}
        label={t('alarms.policy.state')}
        placeholder={t('alarms.allStates')}
        value={view.state}
        values={states}
        labelOf={(state) => t(`alarms.states.${state}`)}
        onChange={(state) => go(firstPage(view, { state }))}
        width={160}
      />
    </Space>
  )
}
