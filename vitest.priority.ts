import { constants, setPriority } from "node:os";

/**
 * `npm test` runs every workspace's tests at once on a machine with few cores. The end-to-end suite
 * is the longest path (its files run one after another against shared stacks); every other
 * workspace's tests, and the processes they start, yield the cores to it when both want them.
 * Nothing waits on this: it only orders the work, so it cannot change a result.
 */
export default function belowTheEndToEndSuite(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not allowed here (a sandbox): the tests run as they are, only later.
  }
}
