import { ApiError } from '../../http/api-error.ts'
import type { AlarmChannelsRepository } from '../../store/alarm-channels-repository.ts'
import type { ClustersRepository } from '../../store/clusters-repository.ts'
import type { EventPoliciesRepository, EventPolicyInput } from '../../store/event-policies-repository.ts'
import { sortableId } from '../../store/sortable-id.ts'
import { requireChannels, requireCluster } from './alarm-policies.service.ts'

export function eventPoliciesService({
  policies,
  clusters,
  channels,
}: {
  policies: EventPoliciesRepository
  clusters: ClustersRepository
  channels: AlarmChannelsRepository
}) {
  async function validate(input: EventPolicyInput) {
    if (input.clusterId !== null) await requireCluster(clusters, input.clusterId)
    await requireChannels(channels, input.channelIds)
  }

  async function find(policyId: string) {
    const policy = await policies.get(policyId)
    if (!policy) throw new ApiError('NOT_FOUND', `No event policy with ID ${policyId}.`)
    return policy
  }

  return {
    list: async () => ({ policies: await policies.all() }),

    async create(input: EventPolicyInput) {
      await validate(input)
      const policyId = sortableId()
      await policies.insert(policyId, input, new Date().toISOString())
      return find(policyId)
    },

    async update(policyId: string, input: EventPolicyInput) {
      await find(policyId)
      await validate(input)
      await policies.update(policyId, input)
      return find(policyId)
    },

    async delete(policyId: string): Promise<null> {
      if (!(await policies.delete(policyId)))
        throw new ApiError('NOT_FOUND', `No event policy with ID ${policyId}.`)
      return null
    },
  }
}

export type EventPoliciesService = ReturnType<typeof eventPoliciesService>
