/**
 * Calls made during one turn of the event loop, run together at its end (setImmediate): a burst
 * of interactions whose acknowledgements come back in the same turn then costs one Redis round
 * trip (one write, one read) instead of one per interaction. `run` gets the items in call order
 * and settles each one; if it throws, every call of the batch rejects with that error.
 */
export function perTurnBatch<T, R>(run: (items: T[]) => Promise<PromiseSettledResult<R>[]>): (item: T) => Promise<R> {
  let pending: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const results = await run(batch.map((p) => p.item));
      batch.forEach((p, i) => {
        const r = results[i];
        if (r?.status === 'fulfilled') p.resolve(r.value);
        else p.reject(r ? r.reason : new Error('batch returned no result for this call'));
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (pending.length === 0) setImmediate(() => void flush());
      pending.push({ item, resolve, reject });
    });
}
