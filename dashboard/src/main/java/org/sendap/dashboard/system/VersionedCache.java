package org.sendap.dashboard.system;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Computed figures kept while the warehouse stays as it was when they were computed: emptied as soon
 * as {@link WarehouseVersion} changes, and bounded in size (least recently used go first).
 */
public final class VersionedCache<K, V> {

	private final WarehouseVersion version;

	private final Cache<K, V> cache;

	private volatile long cachedVersion;

	public VersionedCache(WarehouseVersion version, long maximumSize) {
		this.version = version;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
	}

	public V get(K key, Function<K, V> compute) {
		checkVersion();
		return this.cache.get(key, compute);
	}

	/** The value kept for the key, or null: for values that are computed outside the cache. */
	public V getIfPresent(K key) {
		checkVersion();
		return this.cache.getIfPresent(key);
	}

	public void put(K key, V value) {
		this.cache.put(key, value);
	}

	private void checkVersion() {
		long current = this.version.current();
		if (current != this.cachedVersion) {
			this.cache.invalidateAll();
			this.cachedVersion = current;
		}
	}

}
