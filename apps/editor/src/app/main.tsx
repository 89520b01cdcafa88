import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { loadSession, type SessionInfo } from "./api.ts";
import { Drafts } from "./Drafts.tsx";
import { Import } from "./Import.tsx";
import { Matrix } from "./Matrix.tsx";
import { Records } from "./Records.tsx";
import "./styles.css";

const VIEWS = [
  { path: "/", title: "Utbud", view: Matrix },
  { path: "/uppgifter", title: "Uppgifter", view: Records },
  { path: "/import", title: "Importera mätvärden", view: Import },
  { path: "/utkast", title: "Utkast och publicering", view: Drafts },
] as const;

function App() {
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    loadSession().then(setSession, () => setSession({ signedIn: false }));
    const onPop = () => setPath(location.pathname);
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const current = VIEWS.find((v) => v.path === path) ?? VIEWS[0];
  useEffect(() => {
    document.title = `${current.title} – Jämlik`;
    document.querySelector<HTMLElement>("h2")?.focus();
  }, [current, session]);

  if (!session) return <p>Laddar …</p>;
  if (!session.signedIn || !session.user) {
    return (
      <main id="innehall">
        <h1>Jämlik – regionens uppgifter</h1>
        <p>
          Här håller regionen sina egna uppgifter om 1177-tjänsterna: utbud, mål, mätvärden och
          handlingsplaner.
        </p>
        <p>
          <a class="knapp" href="/auth/login">
            Logga in
          </a>
        </p>
      </main>
    );
  }
  const go = (to: string) => (event: MouseEvent) => {
    event.preventDefault();
    history.pushState(null, "", to);
    setPath(to);
  };
  const View = current.view;
  return (
    <>
      <a class="hoppa" href="#innehall">
        Hoppa till innehållet
      </a>
      <header>
        <h1>Jämlik – {session.user.region}</h1>
        <p>
          Inloggad som {session.user.name} ({session.user.role})
        </p>
        <form method="post" action="/auth/logout">
          <input type="hidden" name="csrf" value={session.csrfToken} />
          <button type="submit">Logga ut</button>
        </form>
        <nav aria-label="Vyer">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.path}>
                <a href={v.path} aria-current={v === current ? "page" : undefined} onClick={go(v.path)}>
                  {v.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="innehall" tabIndex={-1}>
        <View session={session} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
