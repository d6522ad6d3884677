import { describe, expect, it } from 'vitest'
import { ClusterStateSchema } from '../../contract/clusters.ts'
import { EventTypeSchema } from '../../contract/events.ts'
import { JobStateSchema, JobTypeSchema, OperationTypeSchema } from '../../contract/jobs.ts'
import enUS from './en-US.json' with { type: 'json' }
import zhCN from './zh-CN.json' with { type: 'json' }

type Tree = { [key: string]: string | Tree }

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  )
}

// Contract messages are translated from English, so en-US needs no entries there.
const uiKeys = (tree: Tree) => keys(tree).filter((key) => !key.startsWith('contractMessages.'))

describe('locale files', () => {
  it('have the same keys in both languages', () => {
    expect(uiKeys(zhCN as Tree).sort()).toEqual(uiKeys(enUS as Tree).sort())
  })

  it("use the reference console's Chinese state labels", () => {
    expect(zhCN.clusterState.ACTIVE).toBe('服务中')
    expect(zhCN.clusterState.DEPLOYING).toBe('正在部署')
    for (const state of ClusterStateSchema.options) expect(zhCN.clusterState[state]).toBeTruthy()
  })

  it("use the reference console's Chinese task labels", () => {
    expect(zhCN.jobs.types.SUSPEND_KAFKA_CLUSTER).toBe('停止集群服务')
    expect(zhCN.jobs.states.FINISHED).toBe('成功')
    expect(zhCN.jobs.operationTypes.UPDATE_METADATA_FOR_CLUSTER).toBe('集群元数据信息更新')
    for (const type of JobTypeSchema.options) expect(zhCN.jobs.types[type]).toBeTruthy()
    for (const state of JobStateSchema.options) expect(zhCN.jobs.states[state]).toBeTruthy()
    for (const type of OperationTypeSchema.options) expect(zhCN.jobs.operationTypes[type]).toBeTruthy()
  })

  it("use the reference console's Chinese labels for node restart, scale-out and release", () => {
    expect(zhCN.jobs.types.RESTART_BROKER).toBe('重启集群节点')
    expect(zhCN.jobs.types.INCREASE_BROKER_COUNT).toBe('增加节点数量')
    expect(zhCN.jobs.operationTypes.RELEASE_ALL_RESOURCE).toBe('释放所有资源')
    expect(zhCN.events.types.CLUSTER_SCALE_OUT_STARTED).toBe('集群节点数量扩容开始')
    expect(zhCN.events.types.CLUSTER_NODE_RESTART_FAILED).toBe('集群节点重启失败')
    expect(zhCN.events.types.CLUSTER_RELEASE_SUCCEEDED).toBe('集群释放成功')
    for (const type of EventTypeSchema.options) expect(zhCN.events.types[type]).toBeTruthy()
  })
})
