import { describe, expect, it } from 'vitest'
import { aclListQueryOf, readAclListView, writeAclListView } from './acl-list-params.ts'

describe('ACL list filters in the URL', () => {
  it('read back what they wrote, and leave unset filters out of the request', () => {
    const view = { resourceType: 'GROUP' as const, resourceName: 'orders', username: '' }
    const params = writeAclListView(view)
    expect(params.toString()).toBe('resourceType=GROUP&resourceName=orders')
    expect(readAclListView(params)).toEqual(view)
    expect(aclListQueryOf(view)).toEqual({ resourceType: 'GROUP', resourceName: 'orders' })
  })

  it('ignore a resource type that does not exist', () => {
    expect(readAclListView(new URLSearchParams('resourceType=USER')).resourceType).toBeUndefined()
  })
})
