package com.programdesk.statistics.dashboard.ui;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.security.domain.Roles;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.dashboard.domain.Trend;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;

/**
 * One institution's page (drill-down from the dashboard): every indicator's trend, each beside
 * the line of the area the dashboard showed (or the institution's own area) for those who read areas.
 * Another institution's page looks like a page that does not exist to institution staff.
 */
@Route("dashboard/institution")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER, Roles.INSTITUTION})
@StyleSheet("styles/dashboard.css")
class InstitutionDashboardView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    final ComboBox<LocalDate> from;
    final ComboBox<LocalDate> to;
    final Select<Frequency> granularity = new Select<>();
    final Div charts = new Div();
    final H2 title = new H2();

    private final DashboardService dashboards;
    private final FormErrors formErrors = new FormErrors();
    private long institutionId;
    private Long areaId;
    private final Clock clock;
    private String name = "";
    private boolean adjusting;

    InstitutionDashboardView(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
        addClassNames("view", "dashboard-view");
        LocalDate today = LocalDate.now(clock);
        from = Months.picker(getTranslation("dashboard.filter.from"), today.minusYears(8), today.plusYears(1));
        to = Months.picker(getTranslation("dashboard.filter.to"), today.minusYears(8), today.plusYears(1));
        granularity.setLabel(getTranslation("dashboard.filter.granularity"));
        granularity.setItems(Frequency.values());
        granularity.setItemLabelGenerator(f -> getTranslation("dashboard.granularity." + f.name()));
        granularity.setValue(Frequency.MONTHLY);
        granularity.setWidth("9rem");
        formErrors.bind("from", from).bind("to", to);
        Button back = new Button(getTranslation("dashboard.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(DashboardView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div toolbar = new Div(title, back);
        toolbar.addClassName("view-toolbar");
        Div filters = new Div(from, to, granularity);
        filters.addClassName("dashboard-filters");
        charts.addClassName("indicator-grid");
        add(toolbar, filters, charts);
        from.addValueChangeListener(e -> render());
        to.addValueChangeListener(e -> render());
        granularity.addValueChangeListener(e -> render());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            name = dashboards.institutionName(id).orElseThrow(NotFoundException::new);
        } catch (AccessDeniedException e) {
            throw new NotFoundException();
        }
        institutionId = id;
        QueryParameters query = event.getLocation().getQueryParameters();
        areaId = query.getSingleParameter("area").filter(a -> a.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        LocalDate end = Months.parse(query.getSingleParameter("to").orElse(null), LocalDate.now(clock).withDayOfMonth(1));
        LocalDate start = Months.parse(query.getSingleParameter("from").orElse(null), end.minusMonths(11));
        title.setText(name);
        adjusting = true;
        from.setValue(start);
        to.setValue(end);
        adjusting = false;
        render();
    }

    void render() {
        if (adjusting || institutionId == 0 || from.getValue() == null || to.getValue() == null || granularity.getValue() == null) {
            return;
        }
        charts.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            DashboardCharts drawing = new DashboardCharts(this, getLocale(), dashboards.suppressedBelow());
            for (Trend trend : trends()) {
                Div card = new Div(new H3(trend.indicator().name(getLocale())), drawing.trend(trend, true));
                card.addClassName("indicator-card");
                charts.add(card);
            }
        } catch (InvalidFieldException e) {
            formErrors.show(e);
        }
    }

    /** Beside the area the dashboard showed; an area the user may not read (a link made up) falls back to the institution's own. */
    private java.util.List<Trend> trends() {
        try {
            return dashboards.institutionTrends(institutionId, areaId, from.getValue(), to.getValue(), granularity.getValue());
        } catch (AccessDeniedException e) {
            areaId = null;
            return dashboards.institutionTrends(institutionId, null, from.getValue(), to.getValue(), granularity.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return name + " | " + getTranslation("nav.dashboard") + " | " + getTranslation("app.name");
    }
}
