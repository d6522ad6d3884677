import { SyncOutlined } from '@ant-design/icons'
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { JobState } from '../../../contract/jobs.ts'
import { jobStateColor } from './job-state.ts'

export function JobStateTag({ state, testId }: { state: JobState; testId?: string }) {
  const { t } = useTranslation()
  return (
    <Tag
      color={jobStateColor(state)}
      icon={state === 'RUNNING' ? <SyncOutlined spin /> : undefined}
      data-testid={testId}
      data-state={state}
    >
      {t(`jobs.states.${state}`)}
    </Tag>
  )
}
