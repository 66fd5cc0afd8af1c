/**
 * Counts the statements a D1 binding runs (each `prepare`d statement, batched or not, and each `exec`): the test
 * and benchmark hook behind `redirect.db_queries_warm`. Wrap a binding, run the code, read `counter.queries`.
 */
export interface QueryCounter {
  queries: number;
}

export function countingD1(binding: D1Database, counter: QueryCounter): D1Database {
  return new Proxy(binding, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'prepare' || prop === 'exec') {
        return (...args: unknown[]) => {
          counter.queries++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}
