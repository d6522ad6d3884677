import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'

const colors: Record<string, string> = {
  STABLE: 'green',
  EMPTY: 'default',
  PREPARING_REBALANCE: 'gold',
  COMPLETING_REBALANCE: 'gold',
  DEAD: 'red',
}

export function GroupStateTag({ state }: { state: string }) {
  const { t } = useTranslation()
  return <Tag color={colors[state] ?? 'default'}>{t(`consumerGroups.states.${state}`, state)}</Tag>
}
