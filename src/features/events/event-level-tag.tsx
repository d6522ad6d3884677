import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { EventLevel } from '../../../contract/events.ts'

const colors: Record<EventLevel, string> = {
  FAULT: 'red',
  WARNING: 'orange',
  NOTICE: 'blue',
}

/** 故障 / 警告 / 通知, coloured as the reference console shows them. */
export function EventLevelTag({ level }: { level: EventLevel }) {
  const { t } = useTranslation()
  return (
    <Tag color={colors[level]} data-level={level}>
      {t(`events.levels.${level}`)}
    </Tag>
  )
}
