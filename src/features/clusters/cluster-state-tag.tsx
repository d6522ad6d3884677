import { SyncOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ClusterState } from '../../../contract/clusters.ts'
import { isTransitional, stateColor } from './cluster-state.ts'

export function ClusterStateTag({ state }: { state: ClusterState }) {
  const { t } = useTranslation()
  return (
    <Tag
      color={stateColor(state)}
      icon={isTransitional(state) ? <SyncOutlined spin /> : undefined}
      data-testid="cluster-state"
      data-state={state}
    >
      {t(`clusterState.${state}`)}
    </Tag>
  )
}
