import type { Admin } from '@platformatic/kafka'
import { describeQuorum } from './quorum.ts'

/**
 * In KRaft the Metadata response's controllerId names a random live broker, not the active controller
 * (brokers forward controller requests). The quorum leader of __cluster_metadata is the active controller.
 */
export async function activeController(admin: Admin, brokerId: number): Promise<number | null> {
  return (await describeQuorum(admin, brokerId))?.leaderId ?? null
}
