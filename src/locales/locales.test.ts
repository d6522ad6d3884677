import { describe, expect, it } from 'vitest'
import { ClusterStateSchema } from '../../contract/clusters.ts'
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
})
