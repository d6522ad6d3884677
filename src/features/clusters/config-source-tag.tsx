import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { BrokerConfig } from '../../../contract/broker-configs.ts'

const colours: Record<BrokerConfig['source'], string> = {
  DEFAULT: 'default',
  STATIC: 'blue',
  DYNAMIC_BROKER: 'purple',
  DYNAMIC_CLUSTER_DEFAULT: 'geekblue',
  OTHER: 'default',
}

/** Where a broker config's value comes from: Kafka's default, server.properties, or a dynamic change. */
export function ConfigSourceTag({ source }: { source: BrokerConfig['source'] }) {
  const { t } = useTranslation()
  return <Tag color={colours[source]}>{t(`configSource.${source}`)}</Tag>
}
