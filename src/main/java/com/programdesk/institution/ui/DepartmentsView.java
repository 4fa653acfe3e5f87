package com.programdesk.institution.ui;

import com.programdesk.base.ui.FieldLimits;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.FormSave;
import com.programdesk.institution.domain.Department;
import com.programdesk.institution.service.DepartmentInUseException;
import com.programdesk.institution.service.DepartmentService;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 本机构科室: an institution keeps its departments, to which it shares out its tasks (the lines of
 * the 任务分解表). A department still in use cannot be removed — the message says how many lines use
 * it — but it can be retired: it stays on those lines and is no longer offered.
 */
@Route("departments")
@RolesAllowed(Roles.INSTITUTION)
@Menu(order = 890, title = "nav.departments", icon = "vaadin:sitemap")
class DepartmentsView extends Div implements HasDynamicTitle {

    private final DepartmentService departments;
    private final long institutionId;
    final TextField name = FieldLimits.maxLength(new TextField(), Department.NAME_MAX);
    final Button add = new Button();
    final Grid<Department> grid = new Grid<>(Department.class, false);
    final Paragraph error = new Paragraph();
    private final FormErrors formErrors = new FormErrors();

    DepartmentsView(DepartmentService departments, CurrentUser currentUser) {
        this.departments = departments;
        Long own = currentUser.require().institutionId();
        this.institutionId = own == null ? -1 : own;
        addClassName("view");
        addClassName("departments-view");
        name.setPlaceholder(getTranslation("department.placeholder.name"));
        name.setAriaLabel(getTranslation("department.field.name"));
        formErrors.bind("name", name);
        add.setText(getTranslation("department.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addDepartment());
        Div toolbar = new Div(new H2(getTranslation("nav.departments")), name, add);
        toolbar.addClassName("view-toolbar");
        Paragraph explain = new Paragraph(getTranslation("department.explain"));
        explain.addClassName("secondary");
        error.addClassName("form-conflict");
        error.setVisible(false);

        grid.addColumn(Department::getName).setHeader(getTranslation("department.field.name")).setFlexGrow(3);
        grid.addComponentColumn(d -> {
            Span badge = new Span(getTranslation(d.isActive() ? "department.active" : "department.retired"));
            badge.getElement().getThemeList().add(d.isActive() ? "badge success" : "badge contrast");
            return badge;
        }).setHeader(getTranslation("department.field.active")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button toggle = new Button(getTranslation(d.isActive() ? "department.retire" : "department.reactivate"),
                    e -> FormSave.run(() -> {
                        departments.setActive(d, !d.isActive());
                        refresh();
                    }, this::showError, this::conflicted));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("action.delete"), e -> remove(d));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return new Div(toggle, remove);
        }).setHeader(getTranslation("department.actions")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("department.none"));
        grid.setAllRowsVisible(true);
        add(toolbar, explain, error, grid);
        refresh();
    }

    private void addDepartment() {
        name.setInvalid(false);
        FormSave.run(() -> {
            Department saved = departments.save(new Department(institutionId, name.getValue()));
            Notification.show(getTranslation("department.saved", saved.getName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            refresh();
        }, formErrors::show, this::conflicted);
    }

    void remove(Department department) {
        FormSave.run(() -> {
            departments.remove(department);
            refresh();
        }, this::showError, this::conflicted);
    }

    private void showError(com.programdesk.base.service.InvalidFieldException e) {
        error.setText(e instanceof DepartmentInUseException inUse ? getTranslation("department.error.inUse", inUse.rows())
                : getTranslation(e.messageKey()));
        error.setVisible(true);
    }

    private void conflicted() {
        error.setText(getTranslation("error.conflict"));
        error.setVisible(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(departments.of(institutionId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments") + " | " + getTranslation("app.name");
    }
}
