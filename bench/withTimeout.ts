/**
 * Settles with the promise, or with `{ timedOut: true }` after `ms`. The promise is not
 * cancelled; a rejection arriving after the timeout is swallowed rather than crashing the run.
 */
export async function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ timedOut: false; value: T } | { timedOut: true }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timedOut: true }>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout({ timedOut: true }), ms);
  });
  const settled = promise.then((value) => ({ timedOut: false as const, value }));
  settled.catch(() => undefined);
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
