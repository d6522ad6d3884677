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

  async function save(channel: StoredChannel, input: ChannelInput) {
    const saved: StoredChannel = {
      ...channel,
      name: input.name,
      type: input.type,
      url: input.url,
      tokenSealed: input.token === undefined ? channel.tokenSealed : secrets.seal(input.token),
    }
    await channels.save(saved)
    return view(saved)
  }

  return {
    list: async () => ({ channels: (await channels.all()).map(view) }),

    create: (input: ChannelInput) =>
      save(
        {
          channelId: sortableId(),
          name: '',
          type: input.type,
          url: '',
          tokenSealed: null,
          createTime: new Date().toISOString(),
        },
        input,
      ),

    /** Leaving out the token keeps the stored one. */
    update: async (channelId: string, input: ChannelInput) => save(await find(channelId), input),

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
