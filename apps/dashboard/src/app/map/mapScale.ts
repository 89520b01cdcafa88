/**
 * The map's colour classes: five steps of ColorBrewer's single-hue "Blues" (sequential, safe for
 * every kind of colour blindness and in grey print), darker for better whichever way the metric
 * points. Missing values and demo values are patterns (RegionMap), never a colour of the scale.
 */
export const MAP_CLASSES = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"] as const;

export interface MapClass {
  color: string;
  /** The values of the class, lowest first: [from, to]. */
  from: number;
  to: number;
}

/**
 * Equal-width classes over the values shown (one class when they are all equal), ordered so that
 * the darkest holds the best values: the highest when higher is better, else the lowest.
 */
export function mapClasses(values: readonly number[], higherIsBetter: boolean): MapClass[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ color: MAP_CLASSES[MAP_CLASSES.length - 1] as string, from: min, to: max }];
  const step = (max - min) / MAP_CLASSES.length;
  return MAP_CLASSES.map((_, i) => {
    const color = MAP_CLASSES[higherIsBetter ? i : MAP_CLASSES.length - 1 - i] as string;
    return { color, from: min + step * i, to: i === MAP_CLASSES.length - 1 ? max : min + step * (i + 1) };
  });
}

/** The class a value falls in (a bound belongs to the class above it, the maximum to the last). */
export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  return classes.find((c, i) => value >= c.from && (value < c.to || i === classes.length - 1));
}
