/**
 * What a consumer transaction has read per key, and the keys announced for it (`expect`, from a
 * consumer's `prepare`) but not read yet. The first read of a key not known reads it together with
 * every announced key in one call, so a batch's events cost one statement, not one each.
 */
export class AnnouncedReads<V> {
  /** Read so far (a store may change or drop an entry: the transaction's own view). */
  readonly known = new Map<string, V>();
  private readonly announced = new Set<string>();

  expect(keys: Iterable<string>): void {
    for (const key of keys) if (!this.known.has(key)) this.announced.add(key);
  }

  /**
   * Reads every announced key not read yet in one call of `read`; a key it does not return is
   * known as `absent()` (nothing there), so it is not read again.
   */
  async readAnnounced(read: (keys: string[]) => Promise<Map<string, V>>, absent?: () => V): Promise<void> {
    if (!this.announced.size) return;
    const keys = [...this.announced];
    this.announced.clear();
    const found = await read(keys);
    for (const key of keys) {
      if (this.known.has(key)) continue; // the transaction's own view wins over what was read
      if (found.has(key)) this.known.set(key, found.get(key)!);
      else if (absent) this.known.set(key, absent());
    }
  }

  /** `key`'s value: known, or read now with every announced key. */
  async get(key: string, read: (keys: string[]) => Promise<Map<string, V>>, absent?: () => V): Promise<V> {
    if (!this.known.has(key)) {
      this.announced.add(key);
      await this.readAnnounced(read, absent);
    }
    return this.known.get(key)!;
  }
}
