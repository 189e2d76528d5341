package org.sendap.etl.reference;

import org.sendap.etl.catalogue.KpiCatalogueLoader;
import org.sendap.etl.catalogue.TargetLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the reference data shipped with the product into the warehouse: areas, statistical
 * neighbour groups, the KPI catalogue and the data team's targets. Safe to run before every import.
 */
@Service
public class ReferenceDataLoader {

	private final AreaReferenceLoader areas;

	private final StatisticalNeighbourLoader neighbours;

	private final KpiCatalogueLoader catalogue;

	private final TargetLoader targets;

	ReferenceDataLoader(AreaReferenceLoader areas, StatisticalNeighbourLoader neighbours, KpiCatalogueLoader catalogue,
			TargetLoader targets) {
		this.areas = areas;
		this.neighbours = neighbours;
		this.catalogue = catalogue;
		this.targets = targets;
	}

	/** @param targets how many targets were new or changed */
	public record Loaded(int localAuthorities, int neighbourGroups, int kpis, int targets) {
	}

	@Transactional
	public Loaded load() {
		int localAuthorities = this.areas.load();
		int groups = this.neighbours.load();
		int kpis = this.catalogue.load();
		return new Loaded(localAuthorities, groups, kpis, this.targets.load());
	}

	/**
	 * Brings the statistical neighbour groups up to date with the areas: the 2021 groups include
	 * predecessor LAs (e.g. 909 Cumbria), which reach the warehouse with the first data that has them.
	 */
	@Transactional
	public int refreshStatisticalNeighbours() {
		return this.neighbours.load();
	}

}
