package com.programdesk.statistics.catalog.ui;

import com.programdesk.base.ui.SearchField;
import com.programdesk.statistics.catalog.service.CatalogueFileActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/**
 * What the catalogue's list pages (data elements, indicators, report forms) share: a title, a search by code or name,
 * the retired ones on request, a "new" button and the catalogue file bar above a lazily loaded grid whose row opens the
 * item's editor. A page adds its columns and its editor; {@code keys} is its message prefix ("dataElement",
 * "indicator", "reportForm").
 */
public abstract class CatalogueListView<S> extends Div implements HasDynamicTitle {

    public final SearchField search;
    public final Checkbox showRetired;
    public final Button add;
    public final Grid<S> grid = new Grid<>();
    public final CatalogueFileBar fileBar;
    private final String titleKey;

    protected CatalogueListView(String keys, String titleKey, CatalogueFileActions file) {
        this.titleKey = titleKey;
        this.search = new SearchField(getTranslation(keys + ".search"), "18rem", this::refresh);
        this.showRetired = new Checkbox(getTranslation(keys + ".showRetired"));
        this.add = new Button(getTranslation(keys + ".new"), VaadinIcon.PLUS.create());
        this.fileBar = new CatalogueFileBar(file, this::refresh);
        addClassName("view");
        setSizeFull();
    }

    /** Lays the page out; called at the end of the page's constructor, once its own fields are set. */
    protected final void layOut(Component... besidesNew) {
        showRetired.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openNew());
        Div toolbar = new Div(new H2(getTranslation(titleKey)), search, showRetired, add);
        toolbar.add(besidesNew);
        toolbar.add(fileBar);
        toolbar.addClassName("view-toolbar");
        addColumns(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(toolbar, grid);
        refresh();
    }

    /** A page of the items the search finds, as the page's maintenance service answers it. */
    protected abstract List<S> page(String text, boolean withRetired, int offset, int limit);

    protected abstract int count(String text, boolean withRetired);

    protected abstract void addColumns(Grid<S> grid);

    protected abstract void openNew();

    protected abstract void openEditor(S summary);

    public void refresh() {
        String text = search.getValue();
        boolean withRetired = showRetired.getValue();
        grid.setItems(q -> page(text, withRetired, q.getOffset(), q.getLimit()).stream(),
                q -> count(text, withRetired));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
