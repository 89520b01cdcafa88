import type { Snapshot } from "./snapshot.ts";

/** At most this many derived results per snapshot (dates × kinds); beyond, they start over. */
const MAX_DERIVED = 2000;

/**
 * What a request's resolvers read: the region's published snapshot, taken once per request so
 * one request never mixes two versions. No statement per care unit, offering or recommendation.
 */
export function createLoaders(snapshot: () => Promise<Snapshot>) {
  let taken: Promise<Snapshot> | undefined;
  const get = () => {
    taken ??= snapshot();
    return taken;
  };
  const lookup = <K, V>(pick: (s: Snapshot) => Map<K, V>) => ({
    load: async (key: K): Promise<V | undefined> => pick(await get()).get(key),
  });
  const list = <K, V>(pick: (s: Snapshot) => Map<K, V[]>) => ({
    load: async (key: K): Promise<V[]> => pick(await get()).get(key) ?? [],
    all: async (): Promise<ReadonlyMap<K, V[]>> => pick(await get()),
  });
  return {
    /** Resolves once the snapshot is read; rejects with why it cannot be. */
    ready: async (): Promise<void> => {
      await get();
    },
    careUnits: async () => (await get()).careUnits,
    careUnitById: lookup((s) => s.careUnitById),
    offeringsByUnit: list((s) => s.offeringsByUnit),
    allOfferings: async () => (await get()).offerings,
    basutbud: async () => (await get()).basutbud,
    decisions: async () => (await get()).decisions,
    decisionById: lookup((s) => s.decisionById),
    audits: async () => (await get()).audits,
    auditById: lookup((s) => s.auditById),
    recommendations: async () => (await get()).recommendations,
    recommendationsByAudit: list((s) => s.recommendationsByAudit),
    decisionsByRecommendation: list((s) => s.decisionsByRecommendation),
    decisionLinksByRecommendation: list((s) => s.decisionLinksByRecommendation),
    activitiesByRecommendation: list((s) => s.activitiesByRecommendation),
    actionPlans: async () => (await get()).actionPlans,
    activitiesByPlan: list((s) => s.activitiesByPlan),
    goals: async () => (await get()).goals,
    findings: async () => (await get()).findings,
    events: async () => (await get()).events,
    regionMeasurementsByMetric: list((s) => s.regionMeasurementsByMetric),
    measurementsByMetric: list((s) => s.measurementsByMetric),
    /**
     * A result derived from the snapshot, computed once per snapshot (publication version) and
     * `key`; every later request of the same version gets it without computing.
     */
    derived: async <T>(key: string, compute: (snapshot: Snapshot) => T): Promise<T> => {
      const snapshot = await get();
      if (!snapshot.derived.has(key)) {
        // Keys carry client input (a date): a client asking for endless dates must not grow it forever.
        if (snapshot.derived.size >= MAX_DERIVED) snapshot.derived.clear();
        snapshot.derived.set(key, compute(snapshot));
      }
      return snapshot.derived.get(key) as T;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
