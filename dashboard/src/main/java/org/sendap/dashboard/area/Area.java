package org.sendap.dashboard.area;

/**
 * An area of the warehouse: England, a region, a local authority, or an NHS region, ICB, sub-ICB
 * location or provider (with its ODS code).
 */
public record Area(long id, String code, String oldCode, String odsCode, String name, String level, Long parentId) {
}
