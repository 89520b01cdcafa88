import { setPriority } from "node:os";

/**
 * Nice 5: a process at the normal priority gets about three times the CPU of one at this, which is
 * enough for the end-to-end suite to go first; at 10 a busy machine's other processes left these
 * tests a tenth of a core each, and a unit test's time limit ran out under load.
 */
const NICE = 5;

/**
 * `npm test` runs every workspace's tests at once on a machine with few cores. The end-to-end suite
 * is the longest path (its files run one after another against shared stacks); every other
 * workspace's tests, and the processes they start, yield the cores to it when both want them.
 * Nothing waits on this: it only orders the work, so it cannot change a result.
 */
export default function belowTheEndToEndSuite(): void {
  try {
    setPriority(NICE);
  } catch {
    // Not allowed here (a sandbox): the tests run as they are, only later.
  }
}
