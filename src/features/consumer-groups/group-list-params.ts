import { readPage, writePage } from '../../shared/paging.ts'

/** The group list's search and page live in the URL so a reload or a shared link shows the same page. */
export interface GroupListView {
  groupName: string
  pageNo: number
  pageSize: number
}

export function readGroupListView(params: URLSearchParams): GroupListView {
  return { groupName: params.get('groupName') ?? '', ...readPage(params) }
}

export function writeGroupListView(view: GroupListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.groupName) params.set('groupName', view.groupName)
  return writePage(params, view)
}
