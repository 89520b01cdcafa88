export interface PageOptions {
  script: string;
  style: string;
  /** Settings the browser app reads from the page (no second request). */
  config: { explorerUrl: string };
}

const escapeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The one HTML page of the app; every view is rendered into #app by the script. */
export function indexHtml({ script, style, config }: PageOptions): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jämlik – regionernas 1177-tjänster jämförda</title>
<meta name="description" content="Jämförelse av hur regionerna driver invånartjänsterna i 1177 Vårdguiden: mått, utbud, revision och handlingsplaner.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${style}">
<script type="module" src="/assets/${script}"></script>
</head>
<body>
<div id="app"><noscript><p>Jämlik behöver JavaScript för att visa jämförelserna. Uppgifterna finns också i API:et (GraphQL).</p></noscript></div>
<script id="jamlik-config" type="application/json">${escapeJson(config)}</script>
</body>
</html>
`;
}
