package com.programdesk.area.ui;

import com.programdesk.area.domain.Area;
import com.programdesk.area.domain.AreaSummary;
import com.programdesk.area.service.AreaService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.SearchField;
import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The administrative tree (行政区划) for administrators: a tree grid loaded one parent at a time as
 * it is expanded, or, while a search is typed, the matching areas with the way down to each. An
 * administrator bound to an area sees the tree from that area down.
 */
@Route("areas")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 905, title = "nav.areas", icon = "vaadin:sitemap")
class AreaListView extends Div implements HasDynamicTitle {

    final SearchField search = new SearchField(getTranslation("area.search"), "18rem", this::searched);
    final TreeGrid<AreaSummary> tree = new TreeGrid<>();
    final Grid<AreaSummary> matches = new Grid<>();
    final Button addProvince = new Button(getTranslation("area.newProvince"), VaadinIcon.PLUS.create());
    final Button addChild = new Button(getTranslation("area.newChild"), VaadinIcon.PLUS.create());
    final Button edit = new Button(getTranslation("area.edit"), VaadinIcon.EDIT.create());
    private final transient AreaService areas;
    private final AreaPaths paths;
    private final @Nullable AreaSummary root;

    AreaListView(AreaService areas) {
        this.areas = areas;
        this.paths = new AreaPaths(areas);
        this.root = areas.ownArea().orElse(null);
        addClassName("view");
        setSizeFull();
        add(toolbar(), tree, matches);
        configureTree();
        configureMatches();
        if (root != null) {
            tree.expand(root);
        }
        selected(null);
    }

    private Div toolbar() {
        addProvince.addClickListener(e -> openEditor(new Area("", com.programdesk.area.domain.AreaLevel.PROVINCE, "", null, null)));
        addProvince.setVisible(root == null);
        addChild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.addClickListener(e -> selected().ifPresent(this::openNewChild));
        edit.addClickListener(e -> selected().ifPresent(this::openEditor));
        Button importFile = new Button(getTranslation("area.import.title"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AreaImportView.class)));
        Div toolbar = new Div(new H2(getTranslation("nav.areas")), search, addChild, edit, addProvince, importFile);
        toolbar.addClassName("view-toolbar");
        return toolbar;
    }

    private void configureTree() {
        tree.addHierarchyColumn(a -> a.name(getLocale())).setHeader(getTranslation("area.field.name")).setFlexGrow(3).setResizable(true)
                .setSortable(false);
        addCommonColumns(tree);
        tree.setDataProvider(new AreaHierarchy(areas, root, false));
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.setEmptyStateText(getTranslation("grid.empty"));
        tree.setSizeFull();
        tree.asSingleSelect().addValueChangeListener(e -> selected(e.getValue()));
        tree.addItemDoubleClickListener(e -> openEditor(e.getItem()));
    }

    private void configureMatches() {
        matches.addColumn(a -> a.name(getLocale())).setHeader(getTranslation("area.field.name")).setFlexGrow(2);
        matches.addColumn(a -> paths.above(a, getLocale())).setHeader(getTranslation("area.field.path")).setFlexGrow(3);
        addCommonColumns(matches);
        matches.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        matches.setEmptyStateText(getTranslation("area.search.none"));
        matches.setSizeFull();
        matches.setVisible(false);
        matches.asSingleSelect().addValueChangeListener(e -> selected(e.getValue()));
        matches.addItemDoubleClickListener(e -> openEditor(e.getItem()));
    }

    private void addCommonColumns(Grid<AreaSummary> grid) {
        grid.addColumn(AreaSummary::code).setHeader(getTranslation("area.field.code")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(a -> getTranslation(a.level().messageKey())).setHeader(getTranslation("area.field.level")).setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(a -> validity(a.validFrom(), a.validTo())).setHeader(getTranslation("area.field.validity")).setFlexGrow(1);
        grid.addColumn(StatusBadge.of(AreaSummary::active, a -> getTranslation(a.active() ? "area.active" : "area.inactive")))
                .setHeader(getTranslation("area.field.active")).setAutoWidth(true).setFlexGrow(0);
    }

    private String validity(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return getTranslation("area.validity", from == null ? "…" : DateFormats.date(from, getLocale()),
                to == null ? "…" : DateFormats.date(to, getLocale()));
    }

    private void searched() {
        String text = search.getValue().strip();
        boolean searching = !text.isEmpty();
        tree.setVisible(!searching);
        matches.setVisible(searching);
        tree.deselectAll();
        matches.deselectAll();
        if (searching) {
            Long within = root == null ? null : root.id();
            matches.setItems(q -> paths.load(areas.search(text, false, within, q.getOffset(), q.getLimit())).stream(),
                    q -> areas.countSearch(text, false, within));
        }
        selected(null);
    }

    private java.util.Optional<AreaSummary> selected() {
        return java.util.Optional.ofNullable(matches.isVisible() ? matches.asSingleSelect().getValue() : tree.asSingleSelect().getValue());
    }

    private void selected(@Nullable AreaSummary area) {
        addChild.setEnabled(area != null && area.hasChildren() && area.active());
        edit.setEnabled(area != null && !isOwnArea(area));
    }

    /** An administrator bound to an area keeps what lies below it, not the area itself. */
    private boolean isOwnArea(AreaSummary area) {
        return root != null && root.id() == area.id();
    }

    void openNewChild(AreaSummary parent) {
        Area area = new Area(parent.level().prefixOf(parent.code()), parent.level().below(), "", null, parent.id());
        new AreaEditor(areas, area, parent, this::refresh).open();
    }

    void openEditor(AreaSummary summary) {
        if (isOwnArea(summary)) {
            return;
        }
        areas.find(summary.id()).ifPresent(this::openEditor);
    }

    void openEditor(Area area) {
        AreaSummary parent = areas.summary(area.getParentId()).orElse(null);
        new AreaEditor(areas, area, parent, this::refresh).open();
    }

    void refresh() {
        paths.forget();
        tree.getDataProvider().refreshAll();
        if (matches.isVisible()) {
            matches.getDataProvider().refreshAll();
        }
        selected(selected().orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.areas") + " | " + getTranslation("app.name");
    }
}
