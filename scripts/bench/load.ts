/** What one load run cost. */
export interface LoadResult {
  requests: number;
  wallMs: number;
  /** User plus system CPU time of this process (the server runs elsewhere). */
  cpuMs: number;
}

/**
 * Runs `call` `requests` times with `concurrency` calls in flight, measuring wall time and this
 * process's CPU time. Any failed call fails the run: a benchmark of errors measures nothing.
 * @param call one request, resolving with its checked result
 * @param requests how many calls in all
 * @param concurrency how many at once
 */
export async function runLoad(
  call: () => Promise<unknown>,
  requests: number,
  concurrency: number,
): Promise<LoadResult> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < requests) {
      started++;
      await call();
    }
  };
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  const cpu = process.cpuUsage(cpuStart);
  return { requests, wallMs: performance.now() - wallStart, cpuMs: (cpu.user + cpu.system) / 1000 };
}
