import type { NodeLogChunk } from './api.ts'

/** The part of a log file the viewer holds: bytes [start, end) of the file, as text. */
export interface LogWindow {
  start: number
  end: number
  text: string
}

/** Followed text kept in the page; the oldest goes first past this (~1 MB of a mostly ASCII log). */
export const KEPT_CHARS = 1024 * 1024

/** How far past the cut the next line may start and still be where the kept text begins. */
const LINE_SEARCH_CHARS = 4096

const utf8 = new TextEncoder()

export function windowOf(chunk: NodeLogChunk): LogWindow {
  return { start: chunk.position, end: chunk.nextPosition, text: chunk.content }
}

/** Drops the oldest text past `KEPT_CHARS`, from a line start when one is near, and moves `start` by its bytes. */
export function capped(log: LogWindow, keep = KEPT_CHARS): LogWindow {
  if (log.text.length <= keep) return log
  let cut = log.text.length - keep
  const newline = log.text.indexOf('\n', cut)
  if (newline !== -1 && newline - cut < LINE_SEARCH_CHARS) cut = newline + 1
  return {
    start: log.start + utf8.encode(log.text.slice(0, cut)).length,
    end: log.end,
    text: log.text.slice(cut),
  }
}

/**
 * A followed read: text after what is held is appended. The server reads a file that shrank below the
 * asked position (rolled over) from its start, so that answer replaces the window. Anything else is an
 * answer already taken.
 */
export function appended(log: LogWindow, chunk: NodeLogChunk, keep = KEPT_CHARS): LogWindow {
  if (chunk.position === log.end) {
    if (!chunk.content) return log
    return capped({ start: log.start, end: chunk.nextPosition, text: log.text + chunk.content }, keep)
  }
  return chunk.size < log.end ? windowOf(chunk) : log
}

/** An earlier read that ends where the window starts goes before it; one that does not (taken already, or the file rolled) is dropped. */
export function prepended(log: LogWindow, chunk: NodeLogChunk): LogWindow {
  if (chunk.nextPosition !== log.start || chunk.position >= log.start) return log
  return { start: chunk.position, end: log.end, text: chunk.content + log.text }
}
