import { App } from 'antd'
import { Link } from 'react-router'
import { jobPath } from '../../shared/job-paths.ts'

/** Says that a job has started, as a link to its page, where its progress shows. */
export function useJobNotice() {
  const { message } = App.useApp()
  return (clusterId: string, jobId: string, text: string) => {
    message.info(<Link to={jobPath(clusterId, jobId)}>{text}</Link>)
  }
}
