import type { JSX } from "preact";
import type { AppConfig } from "./config.ts";
import { useLocation } from "./router.ts";
import { ROUTES, type RouteId } from "./routes.ts";
import { FollowUp } from "./views/FollowUp.tsx";
import { Metrics } from "./views/Metrics.tsx";
import { NotFound } from "./views/NotFound.tsx";
import { Offerings } from "./views/Offerings.tsx";
import { Overview } from "./views/Overview.tsx";
import { Report } from "./views/Report.tsx";

interface ViewProps {
  focus: boolean;
  params: URLSearchParams;
}

const VIEWS: Record<RouteId, (props: ViewProps) => JSX.Element> = {
  oversikt: Overview,
  matt: Metrics,
  utbud: Offerings,
  revision: FollowUp,
  rapport: Report,
};

export function App({ config }: { config: AppConfig }) {
  const location = useLocation();
  const View = location.route ? VIEWS[location.route.id] : NotFound;
  return (
    <>
      <a class="skip-link" href="#main">
        Hoppa till innehållet
      </a>
      <header class="site-header">
        <div class="container header-inner">
          <p class="site-name">
            <a href="/">Jämlik</a>
            <span class="site-tagline">Regionernas 1177-tjänster jämförda</span>
          </p>
          <nav aria-label="Huvudmeny">
            <ul class="nav-list">
              {ROUTES.map((route) => (
                <li key={route.id}>
                  <a href={route.path} aria-current={location.route?.id === route.id ? "page" : undefined}>
                    {route.title}
                  </a>
                </li>
              ))}
              <li>
                <a href={config.explorerUrl} class="nav-external">
                  API-utforskaren
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} class="container">
        <View key={location.route?.id ?? "saknas"} focus={location.navigated} params={location.params} />
      </main>
      <footer class="site-footer">
        <div class="container">
          <p>
            Uppgifterna hämtas ur Jämliks GraphQL-API (gatewayen), som samlar regionernas egna uppgifter.
            Varje siffra har sin källa: dokument, diarienummer och citat. <strong>Demodata</strong> är
            syntetiska uppgifter för demonstration, inte hämtade ur något dokument.
          </p>
          <p>
            <a href={config.explorerUrl}>Utforska API:et</a> (GraphiQL).
          </p>
        </div>
      </footer>
    </>
  );
}
