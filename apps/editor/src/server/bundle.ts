import { fileURLToPath } from "node:url";

export interface Asset {
  contentType: string;
  body: Buffer;
}

const entry = fileURLToPath(new URL("../app/main.tsx", import.meta.url));

/** Bundles the app (Preact) with esbuild in memory at start: one script and one style sheet. */
export async function buildAssets(): Promise<{ assets: Map<string, Asset>; html: string }> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    target: "es2022",
    outdir: "/assets",
    entryNames: "app",
    jsx: "automatic",
    jsxImportSource: "preact",
    loader: { ".css": "css" },
    logLevel: "silent",
  });
  const assets = new Map<string, Asset>();
  for (const file of result.outputFiles) {
    const contentType = file.path.endsWith(".css")
      ? "text/css; charset=utf-8"
      : "text/javascript; charset=utf-8";
    assets.set(file.path, { contentType, body: Buffer.from(file.contents) });
  }
  const style = assets.has("/assets/app.css") ? '<link rel="stylesheet" href="/assets/app.css">' : "";
  const html = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jämlik – redigera regionens uppgifter</title>
${style}
<script type="module" src="/assets/app.js"></script>
</head>
<body>
<div id="app"><p>Laddar …</p></div>
</body>
</html>`;
  return { assets, html };
}
