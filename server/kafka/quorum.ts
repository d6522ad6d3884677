import { type Admin, describeQuorumV2 } from '@platformatic/kafka'

export interface QuorumReplica {
  nodeId: number
  logEndOffset: number
  /** Records behind the leader's log end. */
  lag: number
  lastFetchTimestamp: number | null
  lastCaughtUpTimestamp: number | null
}

export interface QuorumDescription {
  leaderId: number | null
  leaderEpoch: number
  highWatermark: number
  voters: QuorumReplica[]
  observers: QuorumReplica[]
}

/**
 * The KRaft quorum of __cluster_metadata, asked through one broker (brokers forward DescribeQuorum to the
 * active controller), by default the first one Metadata lists. Needs DESCRIBE on the cluster: a restricted
 * user, or a cluster that does not answer, gets null.
 */
export async function describeQuorum(admin: Admin, brokerId?: number): Promise<QuorumDescription | null> {
  try {
    brokerId ??= [...(await admin.metadata({ topics: [] })).brokers.keys()][0]
    if (brokerId === undefined) return null
    const connection = (await admin.connectToBrokers([brokerId])).get(brokerId)
    if (!connection) return null
    const response = await describeQuorumV2.api.async(connection, [
      { topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] },
    ])
    const partition = response.topics[0]?.partitions[0]
    if (partition?.errorCode !== 0) return null
    const leaderEnd = partition.currentVoters.find((v) => v.replicaId === partition.leaderId)?.logEndOffset
    const replica = (r: (typeof partition.currentVoters)[number]): QuorumReplica => ({
      nodeId: r.replicaId,
      logEndOffset: Number(r.logEndOffset),
      lag: leaderEnd === undefined ? 0 : Math.max(0, Number(leaderEnd - r.logEndOffset)),
      // -1 means the leader has not heard from it (or is itself).
      lastFetchTimestamp: r.lastFetchTimestamp >= 0n ? Number(r.lastFetchTimestamp) : null,
      lastCaughtUpTimestamp: r.lastCaughtUpTimestamp >= 0n ? Number(r.lastCaughtUpTimestamp) : null,
    })
    return {
      leaderId: partition.leaderId >= 0 ? partition.leaderId : null,
      leaderEpoch: partition.leaderEpoch,
      highWatermark: Number(partition.highWatermark),
      voters: partition.currentVoters.map(replica).sort((a, b) => a.nodeId - b.nodeId),
      observers: partition.observers.map(replica).sort((a, b) => a.nodeId - b.nodeId),
    }
  } catch {
    return null
  }
}
