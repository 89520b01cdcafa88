/** Settings the server writes into the page (#jamlik-config). */
export interface AppConfig {
  explorerUrl: string;
}

export function readConfig(): AppConfig {
  const fallback: AppConfig = { explorerUrl: "http://127.0.0.1:4000/" };
  const element = document.getElementById("jamlik-config");
  if (!element?.textContent) return fallback;
  try {
    return { ...fallback, ...(JSON.parse(element.textContent) as Partial<AppConfig>) };
  } catch {
    return fallback;
  }
}
