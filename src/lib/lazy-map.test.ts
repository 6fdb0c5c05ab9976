import { describe, expect, it } from "vitest";
import { LazyMap } from "./lazy-map";

/** A map over `keys` whose loads are recorded. */
function recorded(keys: string[], capacity: number) {
  const loads: string[] = [];
  const map = new LazyMap(keys, (k) => {
    loads.push(k);
    return { key: k, body: k.toUpperCase() };
  }, capacity);
  return { map, loads };
}

describe("LazyMap", () => {
  it("loads a value only when it is asked for, and once while it is held", () => {
    const { map, loads } = recorded(["a", "b", "c"], 2);
    expect(loads).toEqual([]);
    expect(map.get("b")?.body).toBe("B");
    expect(map.get("b")?.body).toBe("B");
    expect(loads).toEqual(["b"]);
  });

  it("holds at most `capacity` values while every key is walked", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `report-${i}`);
    const { map, loads } = recorded(keys, 3);
    let most = 0;
    for (const [key, value] of map) {
      expect(value.key).toBe(key);
      most = Math.max(most, map.held);
    }
    expect(loads).toHaveLength(300);
    expect(most).toBe(3);
    expect(map.held).toBe(3);
  });

  it("drops the least recently used value first and loads it again when asked", () => {
    const { map, loads } = recorded(["a", "b", "c"], 2);
    map.get("a");
    map.get("b");
    map.get("a"); // a is now the most recent: b goes when c comes
    map.get("c");
    map.get("a");
    expect(loads).toEqual(["a", "b", "c"]);
    map.get("b");
    expect(loads).toEqual(["a", "b", "c", "b"]);
  });

  it("knows its keys without loading, in the order given, and has nothing for an unknown key", () => {
    const { map, loads } = recorded(["z", "a", "m"], 1);
    expect([...map.keys()]).toEqual(["z", "a", "m"]);
    expect(map.size).toBe(3);
    expect(map.has("a")).toBe(true);
    expect(map.has("q")).toBe(false);
    expect(map.get("q")).toBeUndefined();
    expect(loads).toEqual([]);
    expect([...map.values()].map((v) => v.body)).toEqual(["Z", "A", "M"]);
    const seen: string[] = [];
    map.forEach((v, k) => seen.push(`${k}=${v.body}`));
    expect(seen).toEqual(["z=Z", "a=A", "m=M"]);
  });

  it("refuses a capacity below one", () => {
    expect(() => new LazyMap(["a"], (k) => k, 0)).toThrow("LazyMap capacity 0 — expected a whole number ≥ 1");
  });
});
