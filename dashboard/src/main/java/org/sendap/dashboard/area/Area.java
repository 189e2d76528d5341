package org.sendap.dashboard.area;

/**
 * An area of the warehouse: England, a region, a local authority.
 */
public record Area(long id, String code, String oldCode, String name, String level, Long parentId) {
}
