package com.programdesk.statistics.dashboard.ui;

import com.programdesk.area.domain.AreaSummary;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.Downloads;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.domain.ProgramStatus;
import com.programdesk.program.plan.service.ProgramService;
import com.programdesk.program.targets.service.TargetService;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.statistics.catalog.domain.Frequency;
import com.programdesk.statistics.catalog.domain.Indicator;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.statistics.dashboard.domain.DashboardSelection;
import com.programdesk.statistics.dashboard.service.DashboardService;
import com.programdesk.statistics.dashboard.service.PopulationService;
import com.programdesk.statistics.reporting.service.HeatmapService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * Statistics dashboard of a program (统计分析) for an area: its targets, an indicator's trend for the
 * area and chosen institutions, the area's children compared (下钻 from a bar to the area below), and
 * who has reported, for a range of months. The area picker offers the areas right below the one shown
 * (fetched a page at a time: a county's townships, never the whole tree) or finds one by name or code
 * within the user's own area; the breadcrumb leads back up. It opens on the program's area, or the
 * user's own. Institution staff see their own institution only. The charts are SVG drawn on the server.
 */
@Route("dashboard")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER, Roles.INSTITUTION})
@Menu(order = 150, title = "nav.dashboard", icon = "vaadin:chart")
@StyleSheet("styles/dashboard.css")
class DashboardView extends Div implements HasDynamicTitle {

    static final int COMPARED = 30;

    final ComboBox<Program> program = new ComboBox<>();
    final ComboBox<AreaSummary> area = new ComboBox<>();
    final Div breadcrumb = new Div();
    final ComboBox<LocalDate> from;
    final ComboBox<LocalDate> to;
    final ComboBox<Indicator> indicator = new ComboBox<>();
    final Select<Frequency> granularity = new Select<>();
    final MultiSelectComboBox<InstitutionSummary> institutions = com.programdesk.base.ui.ScreenReaderTexts.multiSelect(new MultiSelectComboBox<>());
    final Anchor export;
    final LazyTabSheet tabs = new LazyTabSheet();
    OverviewPanel overview;
    ComparisonPanel comparison;
    HeatmapPanel heatmap;
    PopulationPanel population;

    private final DashboardService dashboards;
    private final HeatmapService heatmaps;
    private final FormErrors formErrors = new FormErrors();
    private final boolean seesAreas;
    private final boolean seesInstallation;
    private final Long ownInstitutionId;
    private final List<ReportForm> forms;
    private final Clock clock;
    /** The area shown; null: the whole installation (users bound to no area), or no area at all (institution staff). */
    private AreaSummary shownArea;
    private boolean adjusting;

    DashboardView(DashboardService dashboards, HeatmapService heatmaps, PopulationService populations, ProgramService programs,
                  TargetService targets, StatisticsCatalog catalog, CurrentUser currentUser, Clock clock) {
        this.dashboards = dashboards;
        this.heatmaps = heatmaps;
        this.seesAreas = dashboards.seesAreas();
        this.seesInstallation = dashboards.seesInstallation();
        this.ownInstitutionId = currentUser.require().institutionId();
        this.forms = catalog.forms();
        this.clock = clock;
        addClassNames("view", "dashboard-view");
        LocalDate today = LocalDate.now(clock);
        List<Program> all = programs.search("", PageRequest.of(0, 100));
        LocalDate first = all.stream().map(Program::getPeriodStart).min(Comparator.naturalOrder())
                .filter(d -> d.isBefore(today.minusYears(8))).orElse(today.minusYears(8));
        LocalDate last = all.stream().map(Program::getPeriodEnd).max(Comparator.naturalOrder()).filter(d -> d.isAfter(today)).orElse(today);
        from = Months.picker(getTranslation("dashboard.filter.from"), first, last);
        to = Months.picker(getTranslation("dashboard.filter.to"), first, last);

        program.setLabel(getTranslation("dashboard.filter.program"));
        program.setItems(all);
        program.setItemLabelGenerator(Program::getTitle);
        program.setWidth("22rem");
        area.setLabel(getTranslation("dashboard.filter.area"));
        area.setPlaceholder(getTranslation("dashboard.filter.areaPlaceholder"));
        area.setItemLabelGenerator(a -> a.name(getLocale()) + " · " + getTranslation(a.level().messageKey()));
        area.setItems(query -> {
            String text = query.getFilter().orElse("");
            return text.isBlank() ? dashboards.childAreas(areaId(), query.getOffset(), query.getLimit()).stream()
                    : dashboards.searchAreas(text, query.getOffset(), query.getLimit()).stream();
        });
        area.setClearButtonVisible(seesInstallation);
        area.setHelperText(getTranslation("dashboard.filter.areaHelp"));
        area.setWidth("16rem");
        area.setVisible(seesAreas);
        breadcrumb.addClassName("dashboard-breadcrumb");
        breadcrumb.getElement().setAttribute("role", "navigation");
        breadcrumb.getElement().setAttribute("aria-label", getTranslation("dashboard.breadcrumb"));
        breadcrumb.setVisible(seesAreas);
        indicator.setLabel(getTranslation("dashboard.filter.indicator"));
        indicator.setItems(catalog.offeredIndicators());
        indicator.setItemLabelGenerator(i -> i.name(getLocale()) + (i.unitSymbol().isEmpty() ? "" : " (" + i.unitSymbol() + ")"));
        indicator.setWidth("16rem");
        granularity.setLabel(getTranslation("dashboard.filter.granularity"));
        granularity.setItems(Frequency.values());
        granularity.setItemLabelGenerator(f -> getTranslation("dashboard.granularity." + f.name()));
        granularity.setWidth("9rem");
        institutions.setLabel(getTranslation("dashboard.filter.institutions"));
        institutions.setItems(q -> dashboards.reportingInstitutions(areaId(), q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        institutions.setItemLabelGenerator(InstitutionSummary::nameZh);
        institutions.setPlaceholder(getTranslation("dashboard.filter.institutionsNone"));
        institutions.setHelperText(getTranslation("dashboard.filter.institutionsHelp", DashboardService.MAX_SERIES));
        institutions.setWidth("22rem");
        institutions.setVisible(seesAreas);
        formErrors.bind("from", from).bind("to", to).bind("institutions", institutions);
        program.setId("dashboard-program");
        area.setId("dashboard-area");
        from.setId("dashboard-from");
        to.setId("dashboard-to");
        indicator.setId("dashboard-indicator");
        granularity.setId("dashboard-granularity");
        institutions.setId("dashboard-institutions");

        Program chosen = defaultProgram(all, targets, dashboards);
        program.setValue(chosen);
        to.setValue(chosen == null ? today.withDayOfMonth(1) : lastMonthOf(chosen, today));
        from.setValue(chosen == null ? today.minusYears(1).withDayOfMonth(1) : firstMonthOf(chosen, to.getValue()));
        indicator.setValue(catalog.offeredIndicators().getFirst());
        granularity.setValue(Frequency.MONTHLY);
        show(dashboards.defaultArea(chosen == null ? null : chosen.getId()).orElse(null), false);

        program.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                adjusting = true;
                to.setValue(lastMonthOf(e.getValue(), LocalDate.now(clock)));
                from.setValue(firstMonthOf(e.getValue(), to.getValue()));
                show(dashboards.defaultArea(e.getValue().getId()).orElse(null), false);
                adjusting = false;
            }
            refresh();
        });
        area.addValueChangeListener(e -> {
            if (!adjusting && e.isFromClient()) {
                show(e.getValue(), true);
            }
        });
        from.addValueChangeListener(e -> refreshUnlessAdjusting());
        to.addValueChangeListener(e -> refreshUnlessAdjusting());
        indicator.addValueChangeListener(e -> refresh());
        granularity.addValueChangeListener(e -> refresh());
        institutions.addValueChangeListener(e -> refreshUnlessAdjusting());

        export = new Anchor(Downloads.of(event -> {
            event.setFileName(getTranslation("dashboard.fileName", areaName(), Frequency.MONTHLY.label(from.getValue()),
                    Frequency.MONTHLY.label(to.getValue())) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            dashboards.writeXlsx(selection(), this::getTranslation, getLocale(), event.getOutputStream());
        }), getTranslation("dashboard.export"));
        export.add(VaadinIcon.FILE_TABLE.create());
        export.addClassName("dashboard-export");

        Div toolbar = new Div(new H2(getTranslation("nav.dashboard")), export);
        toolbar.addClassName("view-toolbar");
        Div filters = new Div(program, area, from, to, indicator, granularity, institutions);
        filters.addClassName("dashboard-filters");
        add(toolbar, filters, breadcrumb);
        String notice = new FigureText(this, getLocale(), dashboards.suppressedBelow()).notice();
        if (notice != null) {
            Paragraph explained = new Paragraph(notice);
            explained.addClassNames("secondary", "dashboard-notice");
            add(explained);
        }
        tabs.addLazy(getTranslation("dashboard.tab.overview"), () -> overview = new OverviewPanel(dashboards, targets, this));
        if (seesAreas) {
            tabs.addLazy(getTranslation("dashboard.tab.comparison"), () -> comparison = new ComparisonPanel(dashboards, this));
        }
        tabs.addLazy(getTranslation("dashboard.tab.completeness"), () -> heatmap = new HeatmapPanel(heatmaps, dashboards.suppressedBelow(), forms, this));
        if (seesAreas) {
            tabs.addLazy(getTranslation("dashboard.tab.population"), () -> population = new PopulationPanel(populations, this, clock));
        }
        tabs.setWidthFull();
        add(tabs);
    }

    /**
     * Shows an area (null: the whole installation, for users bound to none): the picker, the breadcrumb from the
     * user's own area down to it, and every panel. {@code refreshing}: whether the panels are redrawn now.
     */
    void show(AreaSummary shown, boolean refreshing) {
        if (shown == null && seesAreas && !seesInstallation) {
            shown = dashboards.defaultArea(null).orElse(null);
        }
        shownArea = shown;
        boolean wasAdjusting = adjusting;
        adjusting = true;
        area.setValue(shown);
        area.getDataProvider().refreshAll();
        if (!institutions.getValue().isEmpty()) {
            institutions.clear();
        }
        institutions.getDataProvider().refreshAll();
        adjusting = wasAdjusting;
        breadcrumb.removeAll();
        if (seesAreas) {
            if (seesInstallation) {
                breadcrumb.add(crumb(getTranslation("dashboard.allAreas"), null, shown == null));
            }
            List<AreaSummary> lineage = shown == null ? List.of() : dashboards.lineage(shown.id());
            for (AreaSummary step : lineage) {
                if (breadcrumb.getComponentCount() > 0) {
                    Span separator = new Span("›");
                    separator.addClassName("crumb-separator");
                    separator.getElement().setAttribute("aria-hidden", "true");
                    breadcrumb.add(separator);
                }
                breadcrumb.add(crumb(step.name(getLocale()), step, step.id() == shown.id()));
            }
        }
        if (refreshing) {
            refresh();
        }
    }

    /** Drills down to an area below the one shown (a comparison bar or a heatmap row). */
    void drillDownToArea(long areaId) {
        show(dashboards.area(areaId), true);
    }

    private Button crumb(String text, AreaSummary target, boolean current) {
        Button crumb = new Button(text, e -> show(target, true));
        crumb.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        crumb.addClassName("crumb");
        crumb.setEnabled(!current);
        if (current) {
            crumb.getElement().setAttribute("aria-current", "page");
        }
        return crumb;
    }

    /** The area shown; null for the whole installation or for institution staff. */
    Long areaId() {
        return shownArea == null ? null : shownArea.id();
    }

    AreaSummary shownArea() {
        return shownArea;
    }

    /** The name of what is shown, for titles and the export's file name. */
    String areaName() {
        if (shownArea != null) {
            return shownArea.name(getLocale());
        }
        return getTranslation(seesAreas ? "dashboard.allAreas" : "dashboard.ownInstitutions");
    }

    /** The program's first month, or earlier so that trends show at least a year: a plan two months old has little history of its own. */
    private static LocalDate firstMonthOf(Program program, LocalDate lastMonth) {
        LocalDate first = Frequency.MONTHLY.periodStartOf(program.getPeriodStart());
        LocalDate yearBack = lastMonth.minusMonths(11);
        return yearBack.isBefore(first) ? yearBack : first;
    }

    /** The program's last month, or this month while the program runs: later months have nothing to show yet. */
    private static LocalDate lastMonthOf(Program program, LocalDate today) {
        LocalDate end = program.getPeriodEnd().isAfter(today) ? today : program.getPeriodEnd();
        LocalDate last = Frequency.MONTHLY.periodStartOf(end);
        return last.isBefore(program.getPeriodStart()) ? Frequency.MONTHLY.periodStartOf(program.getPeriodStart()) : last;
    }

    /**
     * The first active program of the user's own area (or of no area) followed by reported figures (the pilot), else
     * the newest active one; programs of other areas only when there is none.
     */
    private static Program defaultProgram(List<Program> all, TargetService targets, DashboardService dashboards) {
        List<Program> own = all.stream().filter(p -> dashboards.reads(p.getAreaId())).toList();
        List<Program> active = (own.isEmpty() ? all : own).stream().filter(p -> p.getStatus() == ProgramStatus.ACTIVE).toList();
        Set<Long> reporting = targets.withReportedTargets(active);
        return active.stream().sorted(Comparator.comparing(Program::getPeriodStart))
                .filter(p -> reporting.contains(p.getId()))
                .findFirst().or(() -> active.stream().findFirst()).or(() -> all.stream().findFirst()).orElse(null);
    }

    DashboardSelection selection() {
        return new DashboardSelection(program.getValue() == null ? null : program.getValue().getId(), areaId(),
                indicator.getValue().id(), from.getValue(), to.getValue(), granularity.getValue(),
                institutions.getValue().stream().map(InstitutionSummary::id).toList(),
                heatmap == null ? forms.getFirst().id() : heatmap.formId());
    }

    /** Opens an institution's page for the months shown, beside the line of the area shown. */
    void drillDown(long institutionId) {
        Map<String, String> parameters = new HashMap<>(Map.of("from", Frequency.MONTHLY.label(from.getValue()),
                "to", Frequency.MONTHLY.label(to.getValue())));
        if (shownArea != null) {
            parameters.put("area", Long.toString(shownArea.id()));
        }
        getUI().ifPresent(ui -> ui.navigate(InstitutionDashboardView.class, institutionId, QueryParameters.simple(parameters)));
    }

    boolean seesAreas() {
        return seesAreas;
    }

    /** The institution of a user bound to one (institution staff), for the link to its page. */
    Long ownInstitutionId() {
        return ownInstitutionId;
    }

    /** Shows a refusal (a range too long, too many institutions) at its field; true when the selection is fine. */
    boolean showing(Runnable work) {
        from.setInvalid(false);
        to.setInvalid(false);
        institutions.setInvalid(false);
        try {
            work.run();
            return true;
        } catch (InvalidFieldException e) {
            formErrors.show(e, DashboardService.MAX_SERIES);
            return false;
        }
    }

    private void refreshUnlessAdjusting() {
        if (!adjusting) {
            refresh();
        }
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null || indicator.getValue() == null || granularity.getValue() == null) {
            return;
        }
        if (overview != null) {
            overview.refresh();
        }
        if (comparison != null) {
            comparison.refresh();
        }
        if (heatmap != null) {
            heatmap.refresh();
        }
        if (population != null) {
            population.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " | " + getTranslation("app.name");
    }
}
