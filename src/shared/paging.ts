import type { TablePaginationConfig } from 'antd'

/** Page sizes every list offers, and how a numbered page is kept in the URL. */
export const pageSizes = [10, 20, 50, 100] as const
export const defaultPageSize = 20

export interface PageView {
  pageNo: number
  pageSize: number
}

export function readPage(params: URLSearchParams, sizeParam = 'pageSize'): PageView {
  const pageNo = Number(params.get('pageNo'))
  const pageSize = Number(params.get(sizeParam))
  return {
    pageNo: Number.isInteger(pageNo) && pageNo >= 1 ? pageNo : 1,
    pageSize: (pageSizes as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  }
}

/** Adds the page to `params`, leaving defaults out so links stay short. */
export function writePage(params: URLSearchParams, view: PageView): URLSearchParams {
  if (view.pageNo !== 1) params.set('pageNo', String(view.pageNo))
  if (view.pageSize !== defaultPageSize) params.set('pageSize', String(view.pageSize))
  return params
}

/** antd Table paging for a list the server pages: a new page size starts again at page 1. */
export function serverPagination<V extends PageView>(
  view: V,
  total: number,
  go: (next: V) => void,
  showTotal: (total: number) => string,
): TablePaginationConfig {
  return {
    current: view.pageNo,
    pageSize: view.pageSize,
    total,
    pageSizeOptions: pageSizes.map(String),
    showSizeChanger: true,
    showTotal,
    onChange: (pageNo, pageSize) =>
      go({ ...view, pageNo: pageSize === view.pageSize ? pageNo : 1, pageSize }),
  }
}
