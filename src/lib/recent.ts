/**
 * A cache of the `capacity` most recently used values, so that work done for one page is reused
 * by the next pages that need it, without keeping the whole site in memory at once.
 */
export function recentlyUsed<K, V>(capacity: number, compute: (key: K) => V): (key: K) => V {
	const values = new Map<K, V>();
	return (key) => {
		let value = values.get(key);
		if (value !== undefined || values.has(key)) {
			values.delete(key);
		} else {
			value = compute(key);
			if (values.size >= capacity) values.delete(values.keys().next().value as K);
		}
		values.set(key, value as V);
		return value as V;
	};
}
