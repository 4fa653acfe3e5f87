package com.programdesk.statistics.elements.ui;

import com.programdesk.base.ui.StatusBadge;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.elements.domain.CategoryDefinition;
import com.programdesk.statistics.elements.service.CategoryMaintenance;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The categories data elements are disaggregated by (分类: 年龄组, 婚姻状况, 人流原因): a short list, retired
 * ones on request; a row opens the editor (read-only for categories another area keeps).
 */
@Route("statistics/categories")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 902.5, title = "nav.categories", icon = "vaadin:split")
class CategoryListView extends Div implements HasDynamicTitle {

    final Checkbox showRetired = new Checkbox(getTranslation("category.showRetired"));
    final Button add = new Button(getTranslation("category.new"), VaadinIcon.PLUS.create());
    final Grid<CategoryDefinition> grid = new Grid<>();
    private final transient CategoryMaintenance categories;

    CategoryListView(CategoryMaintenance categories) {
        this.categories = categories;
        addClassName("view");
        setSizeFull();
        showRetired.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new CategoryEditor(categories, new CategoryDefinition(), true, this::refresh).open());
        Div toolbar = new Div(new H2(getTranslation("nav.categories")), showRetired, add);
        toolbar.addClassName("view-toolbar");
        add(toolbar, grid);
        grid.addColumn(CategoryDefinition::getCode).setHeader(getTranslation("category.field.code")).setWidth("14rem").setFlexGrow(0);
        grid.addColumn(c -> getLocale().getLanguage().equals("zh") ? c.getNameZh() : c.getNameEn())
                .setHeader(getTranslation("category.field.name")).setFlexGrow(1);
        grid.addColumn(c -> c.getOptions().stream().map(o -> o.name(getLocale())).collect(Collectors.joining(" / ")))
                .setHeader(getTranslation("category.field.options")).setFlexGrow(3);
        grid.addColumn(StatusBadge.of((CategoryDefinition c) -> !c.isRetired(),
                        c -> getTranslation(c.isRetired() ? "dataElement.status.retired" : "dataElement.status.inUse")))
                .setHeader(getTranslation("category.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        grid.addItemClickListener(e -> categories.find(e.getItem().getId())
                .ifPresent(c -> new CategoryEditor(categories, c, categories.mayEdit(c), this::refresh).open()));
        refresh();
    }

    void refresh() {
        grid.setItems(categories.list(showRetired.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.categories") + " | " + getTranslation("app.name");
    }
}
