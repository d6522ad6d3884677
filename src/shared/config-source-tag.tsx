import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ConfigEntry } from '../../contract/broker-configs.ts'

const colours: Record<ConfigEntry['source'], string> = {
  DEFAULT: 'default',
  STATIC: 'blue',
  DYNAMIC_TOPIC: 'cyan',
  DYNAMIC_BROKER: 'purple',
  DYNAMIC_CLUSTER_DEFAULT: 'geekblue',
  OTHER: 'default',
}

/** Where a config's value comes from: Kafka's default, server.properties, or a dynamic change. */
export function ConfigSourceTag({ source }: { source: ConfigEntry['source'] }) {
  const { t } = useTranslation()
  return <Tag color={colours[source]}>{t(`configSource.${source}`)}</Tag>
}
