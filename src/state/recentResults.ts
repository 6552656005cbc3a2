/**
 * The last few results computed from one events array, newest last: asking again for a key
 * seen a moment ago gives back the very same result, so what is derived from it by identity is
 * found again. A new events array forgets them all.
 */
export class RecentResults<K, V> {
  private source: unknown = null;
  private entries: Array<{ key: K; value: V }> = [];

  constructor(
    private readonly size: number,
    private readonly same: (a: K, b: K) => boolean,
  ) {}

  /** The entries kept for `source`, oldest first; emptied when `source` is a new array. */
  for(source: unknown): readonly { key: K; value: V }[] {
    if (source !== this.source) {
      this.source = source;
      this.entries = [];
    }
    return this.entries;
  }

  get(source: unknown, key: K): V | undefined {
    return this.for(source).find((e) => this.same(e.key, key))?.value;
  }

  add(source: unknown, key: K, value: V): V {
    this.entries = [...this.for(source).slice(1 - this.size), { key, value }];
    return value;
  }
}
