/**
 * Appends a value to the list a map keeps under a key, in place. Grouping with
 * `map.set(k, [...(map.get(k) ?? []), v])` copies the list on every add: quadratic in the size
 * of a group, which at 100× the docs is thousands of items.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}
