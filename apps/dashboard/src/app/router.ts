import { useEffect, useState } from "preact/hooks";
import { type Route, routeFor } from "./routes.ts";

export interface Location {
  route: Route | undefined;
  pathname: string;
  params: URLSearchParams;
  /** True after a navigation inside the app (not on the first page load): focus moves to the new page. */
  navigated: boolean;
}

const listeners = new Set<() => void>();
let navigated = false;

function current(): Location {
  return {
    route: routeFor(window.location.pathname),
    pathname: window.location.pathname,
    params: new URLSearchParams(window.location.search),
    navigated,
  };
}

/** Goes to `href` (same origin) without reloading; `replace` for filter changes that should not fill the history. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.href === window.location.href) return;
  const pathChanged = url.pathname !== window.location.pathname;
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  if (pathChanged) {
    navigated = true;
    window.scrollTo(0, 0);
  }
  for (const listener of listeners) listener();
}

/** Sets (or with `undefined` removes) search parameters of the current page, replacing the history entry. */
export function setParams(values: Record<string, string | undefined>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === "") url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  navigate(url.href, { replace: true });
}

/** Links to the app's own pages are followed without a reload; everything else as usual. */
function onClick(event: MouseEvent): void {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  const link = (event.target as Element | null)?.closest("a");
  // Attributes, not properties: an SVG link (a region on the map) has no string href or target.
  const href = link?.getAttribute("href");
  if (!link || !href || link.getAttribute("target") || link.hasAttribute("download")) return;
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || !routeFor(url.pathname)) return;
  // A link within the page (the skip link, a footnote) is the browser's to follow.
  if (url.hash && url.pathname === window.location.pathname && url.search === window.location.search) return;
  event.preventDefault();
  navigate(url.href);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    const onPop = () => {
      navigated = true;
      update();
    };
    listeners.add(update);
    window.addEventListener("popstate", onPop);
    document.addEventListener("click", onClick);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", onPop);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return location;
}
