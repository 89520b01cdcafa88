import { DemoTag } from "@jamlik/ui";
import { useId } from "preact/hooks";
import { MAP_VIEW_BOX, REGION_SHAPES } from "./generated/regionShapes.ts";
import { classOf, type MapClass, mapClasses } from "./mapScale.ts";

/** One participating region's figure on the map. */
export interface MapFigure {
  /** `Region.code`. */
  code: string;
  name: string;
  /** Null when the region has no figure for it. */
  value: number | null;
  /** What the figure says in words, with its period: "83 % (2020)", or why it is missing. */
  text: string;
  demo: boolean;
}

export interface RegionMapProps {
  title: string;
  /**
   * The participating regions' figures; a region of Sweden without one is shown as not taking part.
   * Without figures the map only locates the highlighted region.
   */
  figures?: readonly MapFigure[];
  higherIsBetter?: boolean;
  /** A class's bounds in words (the metric's unit). */
  format?: (value: number) => string;
  /** The region drawn out (the Regionrapport's own). */
  highlight?: string;
  /** Where a region's shape leads (its report); without it the shape is focusable but no link. */
  hrefFor?: (code: string) => string;
}

const MISSING_FILL = "#ffffff";
const ABSENT_FILL = "#d9d9d9";
const LOCATED_FILL = "#08519c";

/**
 * Sweden's 21 regions as a choropleth in SVG, drawn from the committed geometry (nothing fetched).
 * Every region is reachable by keyboard with its name and figure in words; the table beside the map
 * stays the full alternative. Demo figures are hatched, missing ones dotted, regions that do not
 * take part grey: none of them is a colour of the scale.
 */
export function RegionMap({
  title,
  figures: given,
  higherIsBetter = true,
  format,
  highlight,
  hrefFor,
}: RegionMapProps) {
  const id = useId();
  const locator = given === undefined;
  const figures = given ?? [];
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  const values = figures.flatMap((figure) => (figure.value === null ? [] : [figure.value]));
  const classes = mapClasses(values, higherIsBetter);
  const hatch = `${id}-demo`;
  const dots = `${id}-missing`;
  const hasDemo = figures.some((figure) => figure.demo);
  const hasMissing = figures.some((figure) => figure.value === null);
  const absent = !locator && REGION_SHAPES.some((shape) => !byCode.has(shape.code));

  return (
    <figure class="region-map" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="region-map-title">
        {title}
      </figcaption>
      <svg viewBox={MAP_VIEW_BOX} class="region-map-svg">
        <title>{title}</title>
        <defs>
          <pattern
            id={hatch}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-opacity="0.55" stroke-width="1.6" />
          </pattern>
          <pattern id={dots} patternUnits="userSpaceOnUse" width="6" height="6">
            <circle cx="3" cy="3" r="1" fill="#595959" />
          </pattern>
        </defs>
        {REGION_SHAPES.map((shape) => {
          const figure = byCode.get(shape.code);
          const own = highlight === shape.code;
          const fill = locator ? (own ? LOCATED_FILL : ABSENT_FILL) : fillOf(figure, classes, dots);
          const label = locator
            ? `${shape.name}${own ? " (rapportens region)" : ""}`
            : figure
              ? `${figure.name}: ${figure.text}${figure.demo ? " (demodata)" : ""}`
              : `${shape.name}: ingår inte`;
          const drawn = (
            <>
              <title>{label}</title>
              <path d={shape.path} fill={fill} class="region-map-shape" />
              {figure?.demo && <path d={shape.path} fill={`url(#${hatch})`} class="region-map-demo" />}
              {own && <path d={shape.path} class="region-map-highlight" />}
            </>
          );
          const common = {
            "aria-label": label,
            "data-region": shape.code,
            "data-demo": figure ? String(figure.demo) : undefined,
            class: own ? "region-map-region region-map-own" : "region-map-region",
          };
          return figure && hrefFor ? (
            <a key={shape.code} href={hrefFor(shape.code)} {...common}>
              {drawn}
            </a>
          ) : (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a shape that only says its name and figure (an image); focusable so that the keyboard reaches every region, not only those that link
            <g key={shape.code} tabindex={0} role="img" {...common}>
              {drawn}
            </g>
          );
        })}
      </svg>
      <Legend
        classes={classes}
        format={format}
        higherIsBetter={higherIsBetter}
        hatch={hasDemo ? hatch : undefined}
        dots={hasMissing ? dots : undefined}
        absent={absent}
      />
      <p class="region-map-attribution">
        Karta: @svg-maps/sweden av Victor Cazanave efter MapSVG, licens CC BY 4.0, förenklad för Jämlik.
      </p>
    </figure>
  );
}

function fillOf(figure: MapFigure | undefined, classes: readonly MapClass[], dots: string): string {
  if (!figure) return ABSENT_FILL;
  if (figure.value === null) return `url(#${dots})`;
  return classOf(classes, figure.value)?.color ?? MISSING_FILL;
}

function Swatch({ fill, overlay }: { fill: string; overlay?: string }) {
  return (
    <svg class="region-map-swatch" viewBox="0 0 18 12" aria-hidden="true">
      <rect width="18" height="12" fill={fill} stroke="#595959" stroke-width="1" />
      {overlay && <rect width="18" height="12" fill={overlay} />}
    </svg>
  );
}

function Legend({
  classes,
  format,
  higherIsBetter,
  hatch,
  dots,
  absent,
}: {
  classes: readonly MapClass[];
  format?: (value: number) => string;
  higherIsBetter: boolean;
  hatch?: string;
  dots?: string;
  absent: boolean;
}) {
  const words = (value: number) => (format ? format(value) : String(value));
  const ordered = [...classes].sort((a, b) => a.from - b.from);
  return (
    <div class="region-map-legend">
      {ordered.length > 0 && (
        <p class="note">
          Mörkare är bättre ({higherIsBetter ? "högre värde är bättre" : "lägre värde är bättre"}).
        </p>
      )}
      <ul>
        {ordered.map((c) => (
          <li key={c.color}>
            <Swatch fill={c.color} /> {c.from === c.to ? words(c.from) : `${words(c.from)}–${words(c.to)}`}
          </li>
        ))}
        {hatch && (
          <li>
            <Swatch fill="#ffffff" overlay={`url(#${hatch})`} /> Demodata (streckad) <DemoTag />
          </li>
        )}
        {dots && (
          <li>
            <Swatch fill={MISSING_FILL} overlay={`url(#${dots})`} /> Uppgift saknas (inte noll)
          </li>
        )}
        {absent && (
          <li>
            <Swatch fill={ABSENT_FILL} /> Ingår inte i Jämlik
          </li>
        )}
      </ul>
    </div>
  );
}
