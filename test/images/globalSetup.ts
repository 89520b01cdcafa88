import type { TestProject } from "vitest/node";
import { type BuiltImage, prepareImages } from "./machine.ts";

declare module "vitest" {
  export interface ProvidedContext {
    builtImages: BuiltImage[];
  }
}

/** Podman and the stand-in bases on this machine, then every image built once for all the files. */
export default async function setup(project: TestProject): Promise<void> {
  const built = await prepareImages();
  for (const image of built) {
    process.stdout.write(
      `${image.image}: ${(image.bytes / 1e6).toFixed(1)} MB, built in ${image.seconds.toFixed(0)} s\n`,
    );
  }
  project.provide("builtImages", built);
}
