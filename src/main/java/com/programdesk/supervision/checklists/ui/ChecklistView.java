package com.programdesk.supervision.checklists.ui;

import com.programdesk.base.ui.DateFormats;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.supervision.checklists.domain.ChecklistItem;
import com.programdesk.supervision.checklists.domain.ChecklistTemplate;
import com.programdesk.supervision.checklists.service.ChecklistTemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Supervision checklists and their versions. Editing saves a new version; rounds planned later use
 * it, while recorded visits keep the version they were recorded with.
 */
@Route("checklists")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
@Menu(order = 138, title = "nav.checklists", icon = "vaadin:list-ol")
class ChecklistView extends Div implements HasDynamicTitle {

    final Select<ChecklistTemplate> checklist = new Select<>();
    final Select<ChecklistTemplate> version = new Select<>();
    final Grid<ChecklistItem> items = new Grid<>(ChecklistItem.class, false);
    final Button edit = new Button();
    private final Paragraph about = new Paragraph();
    private final ChecklistTemplateService checklists;

    ChecklistView(ChecklistTemplateService checklists, CurrentUser currentUser) {
        this.checklists = checklists;
        addClassName("view");
        setSizeFull();
        checklist.setLabel(getTranslation("round.field.checklist"));
        checklist.setItemLabelGenerator(ChecklistTemplate::getName);
        checklist.addValueChangeListener(e -> showVersions(e.getValue()));
        version.setLabel(getTranslation("checklist.version"));
        version.setItemLabelGenerator(t -> getTranslation("checklist.versionLabel", t.getVersionNo(),
                DateFormats.date(t.getCreatedAt().toLocalDate(), getLocale())));
        version.addValueChangeListener(e -> show(e.getValue()));
        items.addColumn(ChecklistItem::category).setHeader(getTranslation("checklist.field.category")).setAutoWidth(true).setFlexGrow(1);
        items.addColumn(ChecklistItem::text).setHeader(getTranslation("checklist.field.text")).setFlexGrow(3)
                .setTooltipGenerator(ChecklistItem::text);
        items.addColumn(ChecklistItem::guidance).setHeader(getTranslation("checklist.field.guidance")).setFlexGrow(3)
                .setTooltipGenerator(i -> i.guidance() == null ? "" : i.guidance());
        items.addColumn(ChecklistItem::maxScore).setHeader(getTranslation("checklist.field.maxScore")).setAutoWidth(true).setFlexGrow(0);
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.setSizeFull();
        Div toolbar = new Div(new H2(getTranslation("nav.checklists")), checklist, version);
        toolbar.addClassName("view-toolbar");
        Role role = currentUser.require().role();
        if (role == Role.ADMIN || role == Role.COORDINATOR) {
            Button create = new Button(getTranslation("checklist.new"), VaadinIcon.PLUS.create(),
                    e -> new ChecklistEditor(checklists, null, this::reload).open());
            edit.setText(getTranslation("checklist.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.addClickListener(e -> new ChecklistEditor(checklists, checklist.getValue(), this::reload).open());
            toolbar.add(edit, create);
        }
        add(toolbar, about, items);
        reload(null);
    }

    private void reload(ChecklistTemplate saved) {
        List<ChecklistTemplate> latest = checklists.latest();
        checklist.setItems(latest);
        latest.stream().filter(t -> saved == null || t.getFamily().equals(saved.getFamily())).findFirst().ifPresent(checklist::setValue);
    }

    private void showVersions(ChecklistTemplate latest) {
        if (latest == null) {
            return;
        }
        version.setItems(checklists.versionsOf(latest.getFamily()));
        version.setValue(latest);
    }

    private void show(ChecklistTemplate shown) {
        if (shown == null) {
            return;
        }
        items.setItems(shown.getItems());
        about.setText(getTranslation(shown.isLatest() ? "checklist.current" : "checklist.old",
                com.programdesk.security.ui.People.of(java.util.List.of(shown.getCreatedBy())).label(shown.getCreatedBy(), getLocale())));
        edit.setEnabled(shown.isLatest());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.checklists") + " | " + getTranslation("app.name");
    }
}
