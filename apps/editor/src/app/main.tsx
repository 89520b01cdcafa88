import { ROLE, SiteHeader } from "@jamlik/ui";
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { loadSession, type SessionInfo } from "./api.ts";
import { Drafts } from "./Drafts.tsx";
import { Import } from "./Import.tsx";
import { Matrix } from "./Matrix.tsx";
import { CareUnits, Records } from "./Records.tsx";
import "@jamlik/ui/theme.css";
import "./styles.css";

const VIEWS = [
  { path: "/", title: "Utbud", view: Matrix },
  { path: "/vardenheter", title: "Vårdenheter", view: CareUnits },
  { path: "/uppgifter", title: "Uppgifter", view: Records },
  { path: "/import", title: "Importera mätvärden", view: Import },
  { path: "/utkast", title: "Utkast och publicering", view: Drafts },
] as const;

function App() {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [path, setPath] = useState(location.pathname);
  // After a move within the app, focus goes to the new view's heading; on load it stays at the top.
  const navigated = useRef(false);
  useEffect(() => {
    loadSession().then(setSession, () => setSession({ signedIn: false }));
    const onPop = () => {
      navigated.current = true;
      setPath(location.pathname);
    };
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const current = VIEWS.find((v) => v.path === path) ?? VIEWS[0];
  useEffect(() => {
    document.title = `${current.title} – Jämlik`;
    if (navigated.current) document.querySelector<HTMLElement>("main h1")?.focus();
  }, [current]);

  if (!session) return <p>Laddar …</p>;
  if (!session.signedIn || !session.user) {
    return (
      <main id="innehall" class="container">
        <h1>Jämlik – regionens uppgifter</h1>
        <p>
          Här håller regionen sina egna uppgifter om 1177-tjänsterna: utbud, mål, mätvärden och
          handlingsplaner.
        </p>
        <p>
          <a class="button" href="/auth/login">
            Logga in
          </a>
        </p>
      </main>
    );
  }
  const go = (to: string, event: MouseEvent) => {
    event.preventDefault();
    history.pushState(null, "", to);
    navigated.current = true;
    setPath(to);
  };
  const View = current.view;
  return (
    <>
      <a class="skip-link" href="#innehall">
        Hoppa till innehållet
      </a>
      <SiteHeader
        tagline={`Regionens uppgifter: ${session.regionName ?? session.user.region}`}
        links={VIEWS.map((v) => ({ href: v.path, title: v.title, current: v === current }))}
        onNavigate={go}
      >
        <form class="header-account" method="post" action="/auth/logout">
          <span>
            Inloggad som {session.user.name} ({ROLE[session.user.role]})
          </span>
          <input type="hidden" name="csrf" value={session.csrfToken} />
          <button class="button" type="submit">
            Logga ut
          </button>
        </form>
      </SiteHeader>
      <main id="innehall" class="container" tabIndex={-1}>
        <View session={session} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
