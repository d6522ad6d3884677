import { type AclResourceType, AclResourceTypeSchema } from '../../../contract/acls.ts'
import type { AclListQuery } from './api.ts'

/** The ACL list's filters live in the URL, so a reload or a shared link shows the same ACLs. */
export interface AclListView {
  resourceType: AclResourceType | undefined
  resourceName: string
  username: string
}

export function readAclListView(params: URLSearchParams): AclListView {
  const type = AclResourceTypeSchema.safeParse(params.get('resourceType'))
  return {
    resourceType: type.success ? type.data : undefined,
    resourceName: params.get('resourceName')?.trim() ?? '',
    username: params.get('username')?.trim() ?? '',
  }
}

export function writeAclListView(view: AclListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.resourceType) params.set('resourceType', view.resourceType)
  if (view.resourceName) params.set('resourceName', view.resourceName)
  if (view.username) params.set('username', view.username)
  return params
}

export function aclListQueryOf(view: AclListView): AclListQuery {
  return {
    ...(view.resourceType ? { resourceType: view.resourceType } : {}),
    ...(view.resourceName ? { resourceName: view.resourceName } : {}),
    ...(view.username ? { username: view.username } : {}),
  }
}
