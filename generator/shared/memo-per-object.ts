/**
 * A function of an immutable object (a model), computed once per object identity. The model
 * passes return new objects instead of changing them, so the identity is a sound cache key, and
 * a WeakMap lets each result go with its model.
 */
export function memoPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
