package org.sendap.dashboard.area;

import java.util.List;

/**
 * A named group of areas an LA is compared with, e.g. its statistical neighbours.
 */
public record ComparatorGroup(String code, String name, List<Area> members) {
}
