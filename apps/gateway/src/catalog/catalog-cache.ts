import { ServiceUnavailableException } from '@nestjs/common';

/** A catalog read as the gateway answers it: the data, and whether it is a cached copy. */
export interface CatalogRead<T> {
  data: T;
  /** True when catalog could not answer and this is the last copy the gateway saw. */
  stale: boolean;
  /** When catalog gave this answer. */
  asOf: string;
}

/**
 * The last good answer per path, for when catalog is down: reads keep working, marked stale.
 * Bounded: the oldest entry goes when `maxEntries` is reached.
 */
export class CatalogCache {
  private readonly entries = new Map<string, { data: unknown; at: Date }>();

  constructor(private readonly maxEntries = 1_000) {}

  async read<T>(path: string, fetchFresh: () => Promise<T>): Promise<CatalogRead<T>> {
    try {
      const data = await fetchFresh();
      this.remember(path, data);
      return { data, stale: false, asOf: new Date().toISOString() };
    } catch (error) {
      const cached = this.entries.get(path);
      if (!(error instanceof ServiceUnavailableException) || !cached) throw error;
      return { data: cached.data as T, stale: true, asOf: cached.at.toISOString() };
    }
  }

  private remember(path: string, data: unknown): void {
    this.entries.delete(path);
    this.entries.set(path, { data, at: new Date() });
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
