package com.programdesk.area.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.ui.SearchField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Chooses one area: the tree, loaded one parent at a time as it is expanded, or, while a search is
 * typed, the matching areas as a flat list with the way down to each.
 */
class AreaPickerDialog extends Dialog {

    final SearchField search;
    final TreeGrid<AreaSummary> tree = new TreeGrid<>();
    final Grid<AreaSummary> matches = new Grid<>();
    final Button select = new Button();
    private final transient AreaService areas;
    private final AreaPaths paths;
    private final @Nullable AreaSummary root;
    private final boolean activeOnly;
    private final Consumer<AreaSummary> onChosen;

    AreaPickerDialog(AreaService areas, AreaPaths paths, @Nullable AreaSummary root, boolean activeOnly, @Nullable AreaSummary current,
                     Consumer<AreaSummary> onChosen) {
        this.areas = areas;
        this.paths = paths;
        this.root = root;
        this.activeOnly = activeOnly;
        this.onChosen = onChosen;
        setHeaderTitle(getTranslation("area.picker.title"));
        setWidth("min(44rem, 95vw)");
        setHeight("min(36rem, 90vh)");
        search = new SearchField(getTranslation("area.search"), "100%", this::searched);

        tree.addHierarchyColumn(a -> a.name(getLocale())).setHeader(getTranslation("area.field.name")).setFlexGrow(3).setSortable(false);
        tree.addColumn(AreaSummary::code).setHeader(getTranslation("area.field.code")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(a -> getTranslation(a.level().messageKey())).setHeader(getTranslation("area.field.level")).setWidth("9rem")
                .setFlexGrow(0);
        tree.setDataProvider(new AreaHierarchy(areas, root, activeOnly));
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.setSizeFull();
        tree.asSingleSelect().addValueChangeListener(e -> select.setEnabled(e.getValue() != null));
        tree.addItemDoubleClickListener(e -> choose(e.getItem()));

        matches.addColumn(a -> a.name(getLocale())).setHeader(getTranslation("area.field.name")).setFlexGrow(2);
        matches.addColumn(AreaSummary::code).setHeader(getTranslation("area.field.code")).setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(a -> paths.above(a, getLocale())).setHeader(getTranslation("area.field.path")).setFlexGrow(3);
        matches.addThemeVariants(GridVariant.LUMO_COMPACT);
        matches.setSizeFull();
        matches.setVisible(false);
        matches.setEmptyStateText(getTranslation("area.search.none"));
        matches.asSingleSelect().addValueChangeListener(e -> select.setEnabled(e.getValue() != null));
        matches.addItemDoubleClickListener(e -> choose(e.getItem()));

        add(search, tree, matches);
        select.setText(getTranslation("area.picker.select"));
        select.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        select.setEnabled(false);
        select.addClickListener(e -> chooseSelected());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), select);
        openAt(current);
    }

    /** Opens the tree down to the current choice, or the user's own area. */
    private void openAt(@Nullable AreaSummary current) {
        if (current != null) {
            List<AreaSummary> lineage = areas.lineage(current.id());
            List<AreaSummary> within = root == null ? lineage : lineage.stream().filter(a -> a.path().startsWith(root.path())).toList();
            if (!within.isEmpty()) {
                tree.expand(within.subList(0, within.size() - 1));
                tree.select(current);
                return;
            }
        }
        if (root != null) {
            tree.expand(root);
        }
    }

    private void searched() {
        String text = search.getValue().strip();
        boolean searching = !text.isEmpty();
        tree.setVisible(!searching);
        matches.setVisible(searching);
        select.setEnabled(false);
        if (searching) {
            Long within = root == null ? null : root.id();
            matches.setItems(q -> paths.load(areas.search(text, activeOnly, within, q.getOffset(), q.getLimit())).stream(),
                    q -> areas.countSearch(text, activeOnly, within));
        }
        tree.deselectAll();
    }

    void chooseSelected() {
        AreaSummary selected = matches.isVisible() ? matches.asSingleSelect().getValue() : tree.asSingleSelect().getValue();
        if (selected != null) {
            choose(selected);
        }
    }

    private void choose(AreaSummary area) {
        onChosen.accept(area);
        close();
    }
}
