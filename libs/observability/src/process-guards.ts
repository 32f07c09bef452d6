import type { LoggerService } from '@nestjs/common';

import { isConnectionLoss } from '#tutti/common';

/**
 * The last line of defence of a long-running process (gateway or worker). A promise rejected
 * with nobody listening (a dependency's unawaited call failing while its database restarts)
 * is logged as one JSON line and the process keeps serving: nothing is left half-done by it,
 * since every write is a transaction and every job runs again if its outcome is not recorded.
 * An exception thrown out of a callback leaves state unknown, so the process exits for its
 * supervisor to restart it, unless it is only a lost database connection.
 */
export function installProcessGuards(
  logger: LoggerService,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const describe = (err: unknown) =>
    err instanceof Error ? { msg: err.message, stack: err.stack } : { msg: String(err) };
  const onRejection = (reason: unknown) => {
    const { msg, stack } = describe(reason);
    logger.error(`Unhandled rejection, kept running: ${msg}`, stack ?? '', 'Process');
  };
  const onException = (err: unknown) => {
    const { msg, stack } = describe(err);
    if (isConnectionLoss(err)) {
      logger.error(`Lost a database connection, kept running: ${msg}`, stack ?? '', 'Process');
      return;
    }
    (logger.fatal ?? logger.error).call(
      logger,
      `Uncaught exception, exiting: ${msg}`,
      stack ?? '',
      'Process',
    );
    exit(1);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
