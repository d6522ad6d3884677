import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AlarmPolicy, AlarmRecord } from './api.ts'

type State = AlarmPolicy['state'] | AlarmRecord['state']

const stateColors: Record<State, string> = {
  OK: 'green',
  FIRING: 'red',
  NO_DATA: 'default',
  RESOLVED: 'blue',
}
const severityColors: Record<AlarmPolicy['severity'], string> = {
  CRITICAL: 'magenta',
  MAJOR: 'volcano',
  WARNING: 'gold',
}

/** OK / FIRING / NO_DATA of a policy, FIRING / RESOLVED of an alarm. */
export function AlarmStateTag({ state }: { state: State }) {
  const { t } = useTranslation()
  return (
    <Tag color={stateColors[state]} data-state={state}>
      {t(`alarms.states.${state}`)}
    </Tag>
  )
}

export function SeverityTag({ severity }: { severity: AlarmPolicy['severity'] }) {
  const { t } = useTranslation()
  return <Tag color={severityColors[severity]}>{t(`alarms.severities.${severity}`)}</Tag>
}
