package com.programdesk.practice.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.practice.domain.GoodPractice;
import com.programdesk.practice.domain.GoodPracticeFilter;
import com.programdesk.practice.domain.GoodPracticeRow;
import com.programdesk.practice.service.GoodPracticeService;
import com.programdesk.program.plan.domain.Program;
import com.programdesk.program.plan.service.ProgramService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;

/**
 * The good practices (典型案例) the user may read, newest first, one page at a time: searched by words of the title, the
 * text or the institution's name, narrowed to a program or to the recommended ones. One column that wraps, so that a
 * phone shows the whole case without scrolling sideways; a row opens the case.
 */
@Route("good-practices")
@PermitAll
@Menu(order = 114, title = "nav.goodPractices", icon = "vaadin:star-o")
class GoodPracticeListView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    final TextField search = new TextField();
    final ComboBox<Program> program = new ComboBox<>();
    final Checkbox recommendedOnly = new Checkbox();
    final Button add = new Button();
    final Grid<GoodPracticeRow> grid = new Grid<>(GoodPracticeRow.class, false);
    private final ConfigurableFilterDataProvider<GoodPracticeRow, Void, GoodPracticeFilter> rows;
    private final GoodPracticeService practices;
    private final ProgramService programs;
    private final InstitutionService institutions;
    private final AttachmentService attachments;

    GoodPracticeListView(GoodPracticeService practices, ProgramService programs, InstitutionService institutions,
                         AttachmentService attachments) {
        this.practices = practices;
        this.programs = programs;
        this.institutions = institutions;
        this.attachments = attachments;
        addClassName("view");
        setSizeFull();
        search.setPlaceholder(getTranslation("practice.search"));
        search.setAriaLabel(getTranslation("practice.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        program.setPlaceholder(getTranslation("practice.allPrograms"));
        program.setAriaLabel(getTranslation("practice.field.program"));
        program.setItemLabelGenerator(Program::getTitle);
        program.setItems(q -> programs.search(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        program.setClearButtonVisible(true);
        program.addValueChangeListener(e -> refresh());
        recommendedOnly.setLabel(getTranslation("practice.filter.recommended"));
        recommendedOnly.addValueChangeListener(e -> refresh());
        Div toolbar = new Div(new H2(getTranslation("nav.goodPractices")), search, program, recommendedOnly);
        toolbar.addClassName("view-toolbar");
        if (practices.canRecord()) {
            add.setText(getTranslation("practice.new"));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> open(new GoodPractice()));
            toolbar.add(add);
        }

        grid.addColumn(LitRenderer.<GoodPracticeRow>of("""
                        <div class="practice-cell"><div class="practice-title">${item.title} \
                        <span theme="badge success small" ?hidden=${!item.recommended}>${item.badge}</span></div>\
                        <div class="secondary">${item.meta}</div></div>""")
                        .withProperty("title", GoodPracticeRow::title)
                        .withProperty("recommended", GoodPracticeRow::recommended)
                        .withProperty("badge", r -> getTranslation("practice.recommended"))
                        .withProperty("meta", this::meta))
                .setHeader(getTranslation("nav.goodPractices"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        rows = DataProvider.<GoodPracticeRow, GoodPracticeFilter>fromFilteringCallbacks(
                q -> practices.search(q.getFilter().orElseThrow(), q.getOffset(), q.getLimit()).stream(),
                q -> practices.count(q.getFilter().orElseThrow())).withConfigurableFilter();
        grid.setItems(rows);
        grid.addItemClickListener(e -> practices.find(e.getItem().id()).ifPresent(this::open));
        refresh();
        add(toolbar, grid);
    }

    private String meta(GoodPracticeRow row) {
        String meta = row.institutionName() + " · " + row.programTitle() + " · " + DateFormats.date(row.createdAt().toLocalDate(), getLocale());
        if (row.photos() > 0) {
            meta += " · " + getTranslation("practice.photos", row.photos());
        }
        if (row.files() > 0) {
            meta += " · " + getTranslation("practice.files", row.files());
        }
        return meta;
    }

    void open(GoodPractice practice) {
        new GoodPracticeEditor(practices, programs, institutions, attachments, practice, this::refresh).open();
    }

    void refresh() {
        rows.setFilter(new GoodPracticeFilter(search.getValue(), program.getValue() == null ? null : program.getValue().getId(),
                recommendedOnly.getValue()));
    }

    /** {@code good-practices?program=12} (the link on a program's page) opens the list narrowed to that program. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("program").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> programs.find(Long.parseLong(id))).ifPresent(program::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.goodPractices") + " | " + getTranslation("app.name");
    }
}
