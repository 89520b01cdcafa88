export { devSecret } from "./devSecret.ts";
export { type ProcessSpec, type StackLayout, stackProcesses } from "./processes.ts";
export {
  type RunningApp,
  type RunningStack,
  type StackOptions,
  startApp,
  startStack,
  waitUntilReady,
} from "./stack.ts";
