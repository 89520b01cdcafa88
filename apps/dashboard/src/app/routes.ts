/** The app's pages: the navigation, the router and the server's list of paths that serve the app. */
export const ROUTES = [
  { id: "oversikt", path: "/", title: "Översikt" },
  { id: "matt", path: "/matt", title: "Mått" },
  { id: "utbud", path: "/utbud", title: "Utbud" },
  { id: "revision", path: "/revision", title: "Revision och handlingsplaner" },
  { id: "rapport", path: "/rapport", title: "Regionrapport" },
] as const;

export type Route = (typeof ROUTES)[number];
export type RouteId = Route["id"];

export function routeFor(pathname: string): Route | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return ROUTES.find((route) => route.path === path);
}
