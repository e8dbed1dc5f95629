/**
 * Readers' addresses from the contact directory. A known reader is answered at once, even when
 * the entry is older than `ttlMs` (it is refreshed in the background), so a slow directory
 * delays only the first notice to a reader. Bounded: the oldest entry goes first.
 */
export class ContactCache {
  private readonly known = new Map<string, { address: string; fetchedAt: number }>();
  private readonly refreshing = new Set<string>();

  constructor(
    private readonly lookUp: (readerId: string) => Promise<string>,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async addressOf(readerId: string): Promise<string> {
    const entry = this.known.get(readerId);
    if (!entry) return this.fetch(readerId);
    if (this.now() - entry.fetchedAt >= this.ttlMs) this.refreshInBackground(readerId);
    return entry.address;
  }

  private async fetch(readerId: string): Promise<string> {
    const address = await this.lookUp(readerId);
    this.known.delete(readerId);
    this.known.set(readerId, { address, fetchedAt: this.now() });
    if (this.known.size > this.maxEntries)
      this.known.delete(this.known.keys().next().value as string);
    return address;
  }

  /** A failed refresh keeps the address we have; the next notice tries again. */
  private refreshInBackground(readerId: string): void {
    if (this.refreshing.has(readerId)) return;
    this.refreshing.add(readerId);
    void this.fetch(readerId)
      .catch(() => undefined)
      .finally(() => this.refreshing.delete(readerId));
  }
}
