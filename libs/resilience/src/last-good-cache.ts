import { ServiceUnavailableException } from '@nestjs/common';

/** A read as answered: the data, and whether it is a cached copy. */
export interface CachedRead<T> {
  data: T;
  /** True when the upstream could not answer and this is the last copy seen. */
  stale: boolean;
  /** When the upstream gave this answer. */
  asOf: string;
}

/**
 * The last good answer per key, for when the upstream is unavailable (a 503): reads keep
 * working, marked stale. Other errors pass through. Bounded: the oldest entry goes first.
 */
export class LastGoodCache {
  private readonly entries = new Map<string, { data: unknown; at: Date }>();

  constructor(private readonly maxEntries = 1_000) {}

  async read<T>(key: string, fetchFresh: () => Promise<T>): Promise<CachedRead<T>> {
    try {
      const data = await fetchFresh();
      this.remember(key, data);
      return { data, stale: false, asOf: new Date().toISOString() };
    } catch (error) {
      const cached = this.entries.get(key);
      if (!(error instanceof ServiceUnavailableException) || !cached) throw error;
      return { data: cached.data as T, stale: true, asOf: cached.at.toISOString() };
    }
  }

  private remember(key: string, data: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, { data, at: new Date() });
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
