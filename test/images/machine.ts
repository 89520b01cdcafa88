import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IMAGE_APPS } from "../../infra/images/apps.ts";
import { imageBytes, podman, REPO_ROOT, run, runVisible } from "./podman.ts";

/**
 * Debian's packages the image tests need, each with the shell test that finds it installed; installed
 * when missing (CI starts on a fresh machine, and installs without podman's recommendations).
 */
const PACKAGES: Record<string, string> = {
  podman: "command -v podman",
  runc: "command -v runc",
  debootstrap: "command -v debootstrap",
  "podman-compose": "command -v podman-compose",
  // The pause process of podman's pods (kube play, compose).
  catatonit: "command -v catatonit",
  // Podman's network stack with names on every network, internal ones included: compose's services
  // find each other by name. (CNI, which a no-recommends install picks, has no DNS on internal
  // networks, and the databases' networks are internal.) standin/containers.conf selects it.
  netavark: "test -x /usr/lib/podman/netavark",
  "aardvark-dns": "test -x /usr/lib/podman/aardvark-dns",
  // Netavark writes each network's firewall rules with it.
  iptables: "command -v iptables",
};

async function installMissing(): Promise<void> {
  const missing: string[] = [];
  for (const [pkg, installed] of Object.entries(PACKAGES)) {
    await run("sh", ["-c", installed]).catch(() => missing.push(pkg));
  }
  if (missing.length === 0) return;
  await runVisible("apt-get", ["update"]);
  await runVisible("apt-get", ["install", "-y", "--no-install-recommends", ...missing]);
}

/** The stand-in bases (test/images/standin/build.sh), kept once built. */
async function standInBases(): Promise<void> {
  await runVisible("bash", [fileURLToPath(new URL("standin/build.sh", import.meta.url))]);
}

/** The CA bundle the build's npm trusts (this machine's proxy), passed as a build secret when there is one. */
function extraCa(): string | undefined {
  const candidates = [process.env.NODE_EXTRA_CA_CERTS, "/etc/ssl/certs/ca-certificates.crt"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export interface BuiltImage {
  app: string;
  image: string;
  bytes: number;
  seconds: number;
}

/** Builds one app's image from its committed Dockerfile; `context` is the repository (or a copy of it). */
export async function buildImage(
  app: string,
  tag: string,
  context = REPO_ROOT,
  labels: string[] = [],
): Promise<BuiltImage> {
  const image = `jamlik/${app}:${tag}`;
  const started = performance.now();
  const ca = extraCa();
  await runVisible(
    "podman",
    [
      "build",
      "--format",
      "docker",
      ...(ca ? ["--secret", `id=extra_ca,src=${ca}`] : []),
      ...labels.flatMap((label) => ["--label", label]),
      "-f",
      `apps/${app}/Dockerfile`,
      "-t",
      image,
      ".",
    ],
    context,
  );
  return { app, image, bytes: await imageBytes(image), seconds: (performance.now() - started) / 1000 };
}

/** The machine made ready and every image built from the committed Dockerfiles. */
export async function prepareImages(): Promise<BuiltImage[]> {
  await installMissing();
  await standInBases();
  const built: BuiltImage[] = [];
  for (const { app } of IMAGE_APPS) {
    // JAMLIK_IMAGES_REUSE=1 (while working on these tests) keeps images already built.
    const image = `jamlik/${app}:local`;
    if (
      process.env.JAMLIK_IMAGES_REUSE &&
      (await podman(["image", "exists", image]).then(
        () => true,
        () => false,
      ))
    ) {
      built.push({ app, image, bytes: await imageBytes(image), seconds: 0 });
    } else {
      built.push(await buildImage(app, "local"));
    }
  }
  return built;
}

/** The pods and volumes a stopped run of these tests left behind (their names are the stack's). */
const STACK_NAMES = /^(postgres-|region-|national|gateway|dashboard|editor|dev-idp)/;

export async function removeLeftovers(): Promise<void> {
  const pods = (await podman(["pod", "ps", "--format", "{{.Name}}"])).stdout
    .split("\n")
    .filter((n) => STACK_NAMES.test(n));
  if (pods.length > 0) await podman(["pod", "rm", "-f", ...pods]);
  const volumes = (await podman(["volume", "ls", "--format", "{{.Name}}"])).stdout
    .split("\n")
    .filter((n) => n.startsWith("postgres-"));
  if (volumes.length > 0) await podman(["volume", "rm", "-f", ...volumes]);
}
