import { SiteHeader } from "@jamlik/ui";
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
      <SiteHeader
        tagline="Regionernas 1177-tjänster jämförda"
        links={[
          ...ROUTES.map((route) => ({
            href: route.path,
            title: route.title,
            current: location.route?.id === route.id,
          })),
          { href: config.explorerUrl, title: "API-utforskaren", external: true },
        ]}
      />
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
