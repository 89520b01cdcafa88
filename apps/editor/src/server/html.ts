export interface PageOptions {
  script: string;
  style: string;
}

/** The editor's one HTML page; every view is rendered into #app by the script. */
export function indexHtml({ script, style }: PageOptions): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jämlik – redigera regionens uppgifter</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${style}">
<script type="module" src="/assets/${script}"></script>
</head>
<body>
<div id="app"><p>Laddar …</p><noscript><p>Redigeringsvyn behöver JavaScript. Regionens uppgifter kan också skrivas via admin-API:et (GraphQL) och kommandoraden.</p></noscript></div>
</body>
</html>
`;
}
