package com.programdesk.area.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The area tree for a tree grid, one parent's children at a time as they are expanded, a page at
 * a time: the tree is never loaded whole. Starts at {@code root} (an area-bound user's own area)
 * or at the provinces.
 */
class AreaHierarchy extends AbstractBackEndHierarchicalDataProvider<AreaSummary, Void> {

    private final transient AreaService areas;
    private final @Nullable AreaSummary root;
    private final boolean activeOnly;

    AreaHierarchy(AreaService areas, @Nullable AreaSummary root, boolean activeOnly) {
        this.areas = areas;
        this.root = root;
        this.activeOnly = activeOnly;
    }

    @Override
    protected Stream<AreaSummary> fetchChildrenFromBackEnd(HierarchicalQuery<AreaSummary, Void> query) {
        AreaSummary parent = query.getParent();
        if (parent == null && root != null) {
            return Stream.of(root).skip(query.getOffset()).limit(query.getLimit());
        }
        return areas.children(parent == null ? null : parent.id(), activeOnly, query.getOffset(), query.getLimit()).stream();
    }

    @Override
    public int getChildCount(HierarchicalQuery<AreaSummary, Void> query) {
        AreaSummary parent = query.getParent();
        if (parent == null && root != null) {
            return 1;
        }
        return areas.countChildren(parent == null ? null : parent.id(), activeOnly);
    }

    /** By level, without asking the database: a county not yet given its townships opens empty. */
    @Override
    public boolean hasChildren(AreaSummary item) {
        return item.hasChildren();
    }

    @Override
    public Object getId(AreaSummary item) {
        return item.id();
    }
}
