import { type Admin, describeQuorumV2 } from '@platformatic/kafka'

/**
 * In KRaft the Metadata response's controllerId names a random live broker, not the active controller
 * (brokers forward controller requests). The quorum leader of __cluster_metadata is the active controller;
 * brokers forward DescribeQuorum to it. Needs DESCRIBE on the cluster, so a restricted user gets null.
 */
export async function activeController(admin: Admin, brokerId: number): Promise<number | null> {
  try {
    const connection = (await admin.connectToBrokers([brokerId])).get(brokerId)
    if (!connection) return null
    const response = await describeQuorumV2.api.async(connection, [
      { topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] },
    ])
    const leader = response.topics[0]?.partitions[0]?.leaderId
    return leader !== undefined && leader >= 0 ? leader : null
  } catch {
    return null
  }
}
