package org.sendap.dashboard.kpi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Component;

/**
 * Each KPI's table, built on first use and kept until an import completes or is undone, or the KPI's
 * definition changes: a benchmark needs every LA's figures, and building them costs a query.
 */
@Component
class KpiTables {

	private record Built(Kpi kpi, long warehouseVersion, KpiTable table) {
	}

	private final KpiFactRepository facts;

	private final WarehouseVersion version;

	private final Map<String, Built> built = new ConcurrentHashMap<>();

	KpiTables(KpiFactRepository facts, WarehouseVersion version) {
		this.facts = facts;
		this.version = version;
	}

	KpiTable table(Kpi kpi) {
		long version = this.version.current();
		Built current = this.built.get(kpi.code());
		if (current != null && current.warehouseVersion() == version && current.kpi().equals(kpi)) {
			return current.table();
		}
		KpiTable table = KpiTable.of(kpi, this.facts.facts(kpi.code()));
		this.built.put(kpi.code(), new Built(kpi, version, table));
		return table;
	}

}
