/**
 * A read-only map whose keys are known up front and whose values are loaded on first use and kept
 * in a small least-recently-used cache: at most `capacity` values are held at any time, so walking
 * every key keeps memory flat however many keys there are. Iteration follows the order of `keys`.
 * A value that was dropped is loaded again when asked for: `load` must give the same value each time.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  readonly #keys: ReadonlySet<K>;
  readonly #load: (key: K) => V;
  readonly #capacity: number;
  /** Insertion order is recency: the first entry is the least recently used. */
  readonly #held = new Map<K, V>();

  constructor(keys: Iterable<K>, load: (key: K) => V, capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`LazyMap capacity ${capacity} — expected a whole number ≥ 1`);
    this.#keys = new Set(keys);
    this.#load = load;
    this.#capacity = capacity;
  }

  get size(): number {
    return this.#keys.size;
  }

  has(key: K): boolean {
    return this.#keys.has(key);
  }

  get(key: K): V | undefined {
    if (!this.#keys.has(key)) return undefined;
    if (this.#held.has(key)) {
      const value = this.#held.get(key)!;
      this.#held.delete(key);
      this.#held.set(key, value);
      return value;
    }
    const value = this.#load(key);
    this.#held.set(key, value);
    if (this.#held.size > this.#capacity) this.#held.delete(this.#held.keys().next().value as K);
    return value;
  }

  /** How many values are held now (at most `capacity`). */
  get held(): number {
    return this.#held.size;
  }

  keys(): MapIterator<K> {
    return this.#keys.values();
  }

  *values(): MapIterator<V> {
    for (const key of this.#keys) yield this.get(key)!;
  }

  *entries(): MapIterator<[K, V]> {
    for (const key of this.#keys) yield [key, this.get(key)!];
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const key of this.#keys) fn.call(thisArg, this.get(key)!, key, this);
  }
}
