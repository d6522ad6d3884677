import { type ErrorCode, ErrorCodes } from '../../contract/errors.ts'

/** A failure meant for the caller: its code picks the HTTP status, its message is for a person. */
export class ApiError extends Error {
  readonly status: number

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.status = ErrorCodes[code]
  }
}
