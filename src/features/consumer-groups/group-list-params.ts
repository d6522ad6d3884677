/** The group list's search and page live in the URL so a reload or a shared link shows the same page. */
export const pageSizes = [10, 20, 50, 100] as const
const defaultPageSize = 20

export interface GroupListView {
  groupName: string
  pageNo: number
  pageSize: number
}

export function readGroupListView(params: URLSearchParams): GroupListView {
  const pageNo = Number(params.get('pageNo'))
  const pageSize = Number(params.get('pageSize'))
  return {
    groupName: params.get('groupName') ?? '',
    pageNo: Number.isInteger(pageNo) && pageNo >= 1 ? pageNo : 1,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  }
}

export function writeGroupListView(view: GroupListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.groupName) params.set('groupName', view.groupName)
  if (view.pageNo !== 1) params.set('pageNo', String(view.pageNo))
  if (view.pageSize !== defaultPageSize) params.set('pageSize', String(view.pageSize))
  return params
}
