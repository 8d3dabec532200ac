// The store's in-memory caches (parsed plans, live keys, prepared statements) are Maps kept to a
// size: insertion order is their age, so the first key is the one to drop.

/** Sets `key` as the newest entry of `map`, dropping the oldest once there are more than `max`. */
export const setBounded = <K, V>(map: Map<K, V>, key: K, value: V, max: number): void => {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as K);
};
