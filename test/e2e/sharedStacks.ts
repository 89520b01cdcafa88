import { REGIONS } from "@jamlik/registry";
import type { Fault } from "@jamlik/testkit";
import { inject } from "vitest";
import type { TestStack } from "./stack.ts";

export type SharedStackName = "openStack" | "securedStack";

/** What a test file knows of a stack it shares with the other files. */
export interface SharedStack {
  gatewayUrl: string;
  /** `http://127.0.0.1:<port>/` when the stack has the dashboard. */
  dashboardUrl?: string;
  /** `http://127.0.0.1:<port>` when the stack has the editor (and its development identity provider). */
  editorUrl?: string;
  /** Region code → its admin endpoint. */
  adminUrls: Record<string, string>;
  /** Service name (national, a region code, gateway, dashboard) → its port. */
  ports: Record<string, number>;
  /** Signs development admin tokens (AUTH_DEV_SECRET of every region). */
  devSecret: string;
  /** The credential subgraphs require (the secured stack only). */
  subgraphSecret?: string;
  /** The globalSetup's control server, and this stack's name there. */
  controlUrl: string;
  name: SharedStackName;
}

declare module "vitest" {
  export interface ProvidedContext {
    /**
     * Open subgraphs, answer cache on, the dashboard, development tokens: what `npm start` runs.
     * Circuit cooldown and probe interval are ten minutes.
     */
    openStack: SharedStack;
    /**
     * Production settings: NODE_ENV=production, subgraph credentials required, no answer cache,
     * Västmanland behind a fault proxy (passing unless a file sets a fault), cooldown 1.5 s.
     */
    securedStack: SharedStack;
  }
}

export function describeStack(
  stack: TestStack,
  devSecret: string,
  controlUrl: string,
  name: SharedStackName,
  subgraphSecret?: string,
): SharedStack {
  const ports = Object.fromEntries(stack.specs.map((spec) => [spec.name, spec.port]));
  return {
    gatewayUrl: stack.gatewayUrl,
    ...(stack.dashboardUrl && { dashboardUrl: stack.dashboardUrl }),
    ...(stack.editorUrl && { editorUrl: stack.editorUrl }),
    adminUrls: Object.fromEntries(
      REGIONS.map((region) => [region.code, `http://127.0.0.1:${ports[region.code]}/admin/graphql`]),
    ),
    ports,
    devSecret,
    controlUrl,
    name,
    ...(subgraphSecret && { subgraphSecret }),
  };
}

/** The stack of this test run that the file shares with the others (started once, in globalSetup). */
export const sharedStack = (which: SharedStackName): SharedStack => inject(which);

async function control(stack: SharedStack, path: string, body = ""): Promise<unknown> {
  const response = await fetch(`${stack.controlUrl}/${stack.name}/${path}`, { method: "POST", body });
  if (!response.ok) throw new Error(`control ${path}: ${await response.text()}`);
  return response.json();
}

/** Stops and starts the shared stack's processes, and sets faults on its proxies. */
export function stackControl(stack: SharedStack) {
  return {
    /** Stops a process (national, a region code, gateway, dashboard) and waits for it to exit. */
    stop: (name: string, signal: NodeJS.Signals = "SIGTERM") => control(stack, `stop/${name}`, signal),
    /** Starts it again and waits until it is ready. */
    start: (name: string) => control(stack, `start/${name}`),
    /** Sets how the proxy in front of `region` treats the next requests. */
    fault: (region: string, fault: Fault) => control(stack, `fault/${region}`, JSON.stringify(fault)),
    /** GraphQL requests that reached the proxy in front of `region` so far. */
    graphqlRequests: async (region: string) =>
      ((await control(stack, `fault/${region}`)) as { graphqlRequests: number }).graphqlRequests,
  };
}
