/**
 * CPU time of this process in ms (user + system). The machine is shared (2 cores, other jobs), and
 * wall-clock time then mostly measures who else was running; CPU time measures the work done.
 * The benchmarks take the difference of two readings.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
