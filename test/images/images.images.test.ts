import { connect } from "node:net";
import { freePort } from "@jamlik/testkit";
import { describe, expect, inject, it } from "vitest";
import { IMAGE_APPS } from "../../infra/images/apps.ts";
import { waitFor200 } from "./http.ts";
import { podman } from "./podman.ts";

/** What each built image is, read from the images themselves (built by globalSetup). */
const MAX_BYTES = 250 * 1000 * 1000;

const inImage = async (image: string, script: string) =>
  (await podman(["run", "--rm", "--network", "none", "--entrypoint", "node", image, "-e", script])).stdout;

describe.each(IMAGE_APPS.map((app) => ({ ...app, image: `jamlik/${app.app}:local` })))(
  "$image",
  ({ app, image }) => {
    it("is at most 250 MB", () => {
      const built = inject("builtImages").find((b) => b.app === app);
      expect(built?.bytes).toBeGreaterThan(0);
      expect(built?.bytes).toBeLessThanOrEqual(MAX_BYTES);
    });

    it("starts its TypeScript with plain node as uid 1000, with a health check, and has no transpiler, shell or npm", async () => {
      const [inspected] = JSON.parse((await podman(["image", "inspect", image])).stdout) as {
        Config: { Cmd: string[]; Entrypoint?: string[] | null; User: string };
        Healthcheck?: { Test: string[] };
      }[];
      const config = inspected?.Config ?? { Cmd: [], User: "" };
      expect(config.Cmd[0]).toBe("node");
      expect(config.Cmd.at(-1)).toBe(`apps/${app}/src/index.ts`);
      expect(config.Cmd.join(" ")).not.toMatch(/tsx|--import|--loader/);
      expect(config.Entrypoint ?? []).toEqual([]);
      expect(config.User).toBe("1000:1000");
      expect(inspected?.Healthcheck?.Test.join(" ")).toContain("/health");
      const present = JSON.parse(
        await inImage(
          image,
          `const fs = require("fs"); console.log(JSON.stringify(["/app/node_modules/tsx", "/app/node_modules/esbuild", "/app/node_modules/@electric-sql/pglite", "/bin/sh", "/usr/local/bin/npm"].filter((p) => fs.existsSync(p))))`,
        ),
      );
      expect(present).toEqual([]);
    });

    it("carries a CycloneDX bill of materials naming every package it holds", async () => {
      const read = await inImage(
        image,
        `const fs = require("fs"); const dir = "/app/node_modules";
       const names = fs.readdirSync(dir).flatMap((e) => e.startsWith("@") ? fs.readdirSync(dir + "/" + e).map((s) => e + "/" + s) : [e])
         .filter((n) => !n.startsWith(".") && !n.startsWith("@jamlik/"));
       console.log(JSON.stringify({ sbom: JSON.parse(fs.readFileSync("/app/sbom.cdx.json", "utf8")), names }))`,
      );
      const { sbom, names } = JSON.parse(read) as {
        sbom: { bomFormat: string; components: { name: string }[] };
        names: string[];
      };
      expect(sbom.bomFormat).toBe("CycloneDX");
      const listed = new Set(sbom.components.map((c) => c.name));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !listed.has(name))).toEqual([]);
    });
  },
);

describe("stopping a container", () => {
  it("finishes the request in flight on SIGTERM and exits 0", async () => {
    const port = await freePort();
    const name = `jamlik-drain-${port}`;
    await podman([
      "run",
      "-d",
      "--name",
      name,
      "--network",
      "host",
      "--read-only",
      "--tmpfs",
      "/tmp",
      "-e",
      `PORT=${port}`,
      "-e",
      "HOST=127.0.0.1",
      "-e",
      "SUBGRAPH_SECRETS=images-test-subgraph-secret-0001",
      "jamlik/gateway:local",
    ]);
    try {
      await waitFor200(`http://127.0.0.1:${port}/health`);
      const body = JSON.stringify({ query: "{ __typename }" });
      // A request whose body is still arriving when the signal comes: the server has it in flight.
      const socket = connect(port, "127.0.0.1");
      const answer = new Promise<string>((resolve, reject) => {
        let text = "";
        socket.on("data", (chunk) => {
          text += chunk.toString();
        });
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      socket.write(
        `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
      );
      await podman(["kill", "--signal", "TERM", name]);
      // The server logs that it is shutting down before the rest of the body arrives.
      await expect
        .poll(async () => (await podman(["logs", name])).stdout, { timeout: 30_000 })
        .toContain("shutting down");
      socket.end(body.slice(5));
      const response = await answer;
      expect(response).toMatch(/^HTTP\/1\.1 200/);
      expect(response).toContain('"__typename":"Query"');
      const { stdout } = await podman(["wait", name]);
      expect(stdout.trim()).toBe("0");
    } finally {
      await podman(["rm", "-f", name]).catch(() => undefined);
    }
  });
});
