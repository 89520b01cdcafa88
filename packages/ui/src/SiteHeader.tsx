import type { ComponentChildren } from "preact";

export interface NavLink {
  href: string;
  title: string;
  current?: boolean;
  /** Leaves the app (a ↗ after it says so). */
  external?: boolean;
}

interface SiteHeaderProps {
  tagline: string;
  links: readonly NavLink[];
  /** Called on a click on an in-app link; the app routes without reloading (or lets the browser go). */
  onNavigate?: (href: string, event: MouseEvent) => void;
  /** Shown at the header's end: who is signed in, and sign-out. */
  children?: ComponentChildren;
}

/** The header both apps share: the name, what the app is for, its menu and, last, the account. */
export function SiteHeader({ tagline, links, onNavigate, children }: SiteHeaderProps) {
  return (
    <header class="site-header">
      <div class="container header-inner">
        <p class="site-name">
          <a href="/">Jämlik</a>
          <span class="site-tagline">{tagline}</span>
        </p>
        <nav aria-label="Huvudmeny">
          <ul class="nav-list">
            {links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  aria-current={link.current ? "page" : undefined}
                  {...(link.external && { class: "nav-external" })}
                  {...(onNavigate && !link.external && { onClick: (event) => onNavigate(link.href, event) })}
                >
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </div>
    </header>
  );
}
