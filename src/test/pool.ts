/** Runs `work` over `items` with at most `size` in flight; `slot` (0 … size − 1) says which lane runs the item. */
export async function inPool<T>(items: readonly T[], size: number, work: (item: T, slot: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (slot: number) => {
    while (next < items.length) await work(items[next++]!, slot);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, (_, slot) => worker(slot)));
}
