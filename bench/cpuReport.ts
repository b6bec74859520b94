/**
 * For the benchmark's child servers: answers the parent's `cpu` question over the IPC channel with this
 * process's own `process.cpuUsage()` (user and system, µs), so the server's CPU is measured by the
 * server itself, apart from the clients' work in the benchmark's process.
 */
export function answerCpuQueries(): void {
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
}
