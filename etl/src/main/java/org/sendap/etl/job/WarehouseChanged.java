package org.sendap.etl.job;

import java.util.List;

/**
 * Published in the process that imported when an import ended (completed, rejected or failed) or the
 * partial data of interrupted imports was removed: what was computed from the warehouse before may
 * be out of date.
 *
 * @param importIds the imports that ended or were removed
 */
public record WarehouseChanged(List<Long> importIds) {
}
