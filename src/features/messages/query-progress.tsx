import { Alert, Button, Flex, Progress as ProgressBar, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PartitionPosition } from '../../../contract/messages.ts'
import { formatBytes } from '../../shared/format-bytes.ts'
import type { QueryState } from './use-message-query.ts'

/** 850 → "850 ms", 12_300 → "12.3 s", 125_000 → "2 min 5 s". */
export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

function percentOf(position: PartitionPosition, origin: ReadonlyMap<number, number>): number {
  const from = origin.get(position.partition) ?? 0
  if (position.endOffset <= from) return 100
  return Math.min(
    100,
    Math.max(0, Math.floor(((position.offset - from) / (position.endOffset - from)) * 100)),
  )
}

// Topics can have hundreds of partitions; the end message names the first few.
const namedPositions = 8

/** Counters while the stream runs, then why it stopped, where, and how to go on. */
export function QueryProgress({
  state,
  onContinue,
  onSearchAllPartitions,
}: {
  state: QueryState
  onContinue: () => void
  onSearchAllPartitions: () => void
}) {
  const { t, i18n } = useTranslation()
  const { progress, end, status, origin, run } = state
  if (!progress) return null
  const number = new Intl.NumberFormat(i18n.language)
  const positions = progress.positions
  const percent =
    positions.length === 0
      ? 100
      : Math.floor(positions.reduce((sum, p) => sum + percentOf(p, origin), 0) / positions.length)
  const stoppedAt = (end?.resume ?? end?.positions ?? []).filter((p) => p.offset < p.endOffset)
  const stoppedText =
    stoppedAt
      .slice(0, namedPositions)
      .map((p) =>
        t('messages.partitionPosition', {
          partition: p.partition,
          offset: number.format(p.offset),
          end: number.format(p.endOffset),
          percent: percentOf(p, origin),
        }),
      )
      .join(', ') + (stoppedAt.length > namedPositions ? ', …' : '')
  const keySearch = run?.body.key !== undefined && run.body.keyScan !== 'all'

  return (
    <Flex vertical gap={8}>
      <section data-testid="query-progress" aria-label={t('messages.progressLabel')}>
        <Typography.Text strong>
          {t('messages.stats', {
            scanned: number.format(progress.scanned),
            matched: number.format(progress.matched),
            bytes: formatBytes(progress.bytes),
            elapsed: formatElapsed(progress.elapsedMs),
          })}
        </Typography.Text>
        <ProgressBar
          percent={percent}
          status={status === 'running' ? 'active' : 'normal'}
          showInfo={positions.length > 0}
          size="small"
        />
        {positions.length > 0 && (
          <details>
            <summary>
              <Typography.Text type="secondary">{t('messages.positionsTitle')}</Typography.Text>
            </summary>
            <Flex wrap gap="4px 16px" style={{ marginTop: 4, fontVariantNumeric: 'tabular-nums' }}>
              {positions.map((p) => (
                <Typography.Text key={p.partition} type="secondary">
                  {t('messages.partitionPosition', {
                    partition: p.partition,
                    offset: number.format(p.offset),
                    end: number.format(p.endOffset),
                    percent: percentOf(p, origin),
                  })}
                </Typography.Text>
              ))}
            </Flex>
          </details>
        )}
      </section>
      {end && (
        <Alert
          data-testid="query-end"
          type={end.reason === 'exhausted' || end.reason === 'limit' ? 'success' : 'info'}
          showIcon
          message={t(`messages.reasons.${end.reason}`, {
            bytes: formatBytes(end.bytes),
            scanned: number.format(end.scanned),
            elapsed: formatElapsed(end.elapsedMs),
          })}
          description={
            end.reason !== 'exhausted' && stoppedAt.length > 0 ? (
              <>
                <div>{t('messages.stoppedAt', { positions: stoppedText })}</div>
                {end.resume && <div>{t('messages.canContinue')}</div>}
              </>
            ) : undefined
          }
          action={
            end.resume && (
              <Button size="small" type="primary" onClick={onContinue}>
                {t('messages.continue')}
              </Button>
            )
          }
        />
      )}
      {keySearch && state.probablePartition !== null && (
        <Alert
          type="info"
          showIcon
          message={t('messages.probablePartition', { partition: state.probablePartition })}
          action={
            <Button size="small" onClick={onSearchAllPartitions} disabled={status === 'running'}>
              {t('messages.searchAllPartitions')}
            </Button>
          }
        />
      )}
    </Flex>
  )
}
