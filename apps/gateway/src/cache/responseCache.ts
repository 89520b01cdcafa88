export interface ResponseCacheOptions<V> {
  maxEntries: number;
  /** The most the entries may weigh together, by `sizeOf`; an entry heavier alone is not kept. */
  maxBytes: number;
  ttlMs: number;
  /** What an entry weighs: for answers, the length of their JSON. */
  sizeOf: (value: V) => number;
  now?: () => number;
}

/**
 * A small LRU of finished answers with a time-to-live, bounded in entries and in bytes (a few
 * answers of national size would otherwise hold hundreds of megabytes); Map keeps insertion order.
 */
export class ResponseCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number; bytes: number }>();
  private bytesHeld = 0;
  hits = 0;
  misses = 0;

  private readonly options: ResponseCacheOptions<V>;
  constructor(options: ResponseCacheOptions<V>) {
    this.options = options;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytesHeld -= entry.bytes;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= this.now()) {
      if (entry) this.remove(key);
      this.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.value;
  }

  set(key: string, value: V): void {
    this.remove(key);
    const bytes = this.options.sizeOf(value);
    if (bytes > this.options.maxBytes) return;
    this.entries.set(key, { value, expires: this.now() + this.options.ttlMs, bytes });
    this.bytesHeld += bytes;
    while (this.entries.size > this.options.maxEntries || this.bytesHeld > this.options.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytesHeld = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** What the entries weigh together, by `sizeOf`. */
  get bytes(): number {
    return this.bytesHeld;
  }
}
