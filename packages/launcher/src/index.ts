export { devSecret } from "./devSecret.ts";
export { type ProcessSpec, type StackLayout, stackProcesses } from "./processes.ts";
export { type RunningStack, type StackOptions, startStack, waitUntilReady } from "./stack.ts";
