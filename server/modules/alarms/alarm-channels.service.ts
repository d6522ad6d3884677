import type { z } from 'zod'
import type { AlarmChannelInputSchema, AlarmChannelSchema } from '../../../contract/alarms.ts'
import { ApiError } from '../../http/api-error.ts'
import type { AlarmChannelsRepository, StoredChannel } from '../../store/alarm-channels-repository.ts'
import type { SecretBox } from '../../store/secrets.ts'
import { sortableId } from '../../store/sortable-id.ts'
import { testBody } from './webhook-body.ts'
import { postWebhook } from './webhook-delivery.ts'

type ChannelInput = z.output<typeof AlarmChannelInputSchema>
type AlarmChannel = z.infer<typeof AlarmChannelSchema>

const view = ({ tokenSealed, ...channel }: StoredChannel): AlarmChannel => ({
  ...channel,
  hasToken: tokenSealed !== null,
})

export function alarmChannelsService({
  channels,
  secrets,
}: {
  channels: AlarmChannelsRepository
  secrets: SecretBox
}) {
  async function find(channelId: string): Promise<StoredChannel> {
    const channel = await channels.get(channelId)
    if (!channel) throw new ApiError('NOT_FOUND', `No channel with ID ${channelId}.`)
    return channel
  }

  /** The input's fields as stored; leaving out the token keeps `kept`. */
  const fromInput = (input: ChannelInput, kept: string | null) => ({
    name: input.name,
    type: input.type,
    url: input.url,
    tokenSealed: input.token === undefined ? kept : secrets.seal(input.token),
  })

  async function save(channel: StoredChannel) {
    await channels.save(channel)
    return view(channel)
  }

  return {
    list: async () => ({ channels: (await channels.all()).map(view) }),

    create: (input: ChannelInput) =>
      save({ channelId: sortableId(), createTime: new Date().toISOString(), ...fromInput(input, null) }),

    async update(channelId: string, input: ChannelInput) {
      const channel = await find(channelId)
      return save({ ...channel, ...fromInput(input, channel.tokenSealed) })
    },

    async delete(channelId: string): Promise<null> {
      if (!(await channels.delete(channelId)))
        throw new ApiError('NOT_FOUND', `No channel with ID ${channelId}.`)
      return null
    },

    /** One try, no retries: the caller wants to know what the receiver answers now. */
    async test(channelId: string) {
      const channel = await find(channelId)
      const token = channel.tokenSealed === null ? null : secrets.open(channel.tokenSealed)
      return postWebhook({ url: channel.url, token }, testBody({ channelId, name: channel.name }, new Date()))
    },
  }
}

export type AlarmChannelsService = ReturnType<typeof alarmChannelsService>
