package com.programdesk.memberevent.ui;

import com.programdesk.attachment.service.AttachmentService;
import com.programdesk.base.ui.LazyTabSheet;
import com.programdesk.base.ui.RowLookup;
import com.programdesk.memberevent.domain.MemberEvent;
import com.programdesk.memberevent.domain.MemberEventType;
import com.programdesk.memberevent.service.MemberEventService;
import com.programdesk.program.calendar.service.ObservanceDayService;
import com.programdesk.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The association's events (会员活动): the list, the yearly figures per branch, and who has not yet
 * reported an observance day. In the workspace, as logging events is the association's daily work;
 * the bureau and viewers read the same page.
 */
@Route("member-events")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER, Roles.ASSOCIATION})
@Menu(order = 60, title = "nav.memberEvents", icon = "vaadin:flag-o")
class MemberEventsView extends Div implements HasDynamicTitle {

    final LazyTabSheet tabs = new LazyTabSheet();
    final MemberEventList list;
    /** Built when their tab is first shown. */
    YearFiguresPanel figures;
    MemberDayPanel memberDay;
    private final MemberEventService events;
    private final AttachmentService attachments;
    private final Clock clock;

    MemberEventsView(MemberEventService events, ObservanceDayService observanceDays, AttachmentService attachments, Clock clock) {
        this.events = events;
        this.attachments = attachments;
        this.clock = clock;
        addClassName("view");
        setSizeFull();
        list = new MemberEventList(events, clock, this::open);
        tabs.add(getTranslation("memberEvent.tab.list"), list);
        tabs.addLazy(getTranslation("memberEvent.tab.figures"), () -> figures = new YearFiguresPanel(events, clock));
        tabs.addLazy(getTranslation("memberEvent.tab.memberDay"), () -> memberDay = new MemberDayPanel(events, observanceDays, clock,
                this::logFor));
        tabs.setSizeFull();
        Div toolbar = new Div(new H2(getTranslation("nav.memberEvents")));
        toolbar.addClassName("view-toolbar");
        if (events.canLog()) {
            Button log = new Button(getTranslation("memberEvent.new"), VaadinIcon.PLUS.create(),
                    e -> edit(new MemberEvent(null, LocalDate.now(clock), null, MemberEventType.MEMBER_DAY, null, null)));
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(log);
        }
        add(toolbar, tabs);
    }

    /** Shows the yearly figures (building them on first use). */
    YearFiguresPanel showFigures() {
        tabs.setSelectedIndex(1);
        return figures;
    }

    /** Shows who reported an observance day (building the panel on first use). */
    MemberDayPanel showMemberDay() {
        tabs.setSelectedIndex(2);
        return memberDay;
    }

    private void open(long eventId) {
        edit(RowLookup.orNotFound(() -> events.find(eventId)));
    }

    private void logFor(long branchId, LocalDate day, MemberEventType type) {
        edit(new MemberEvent(branchId, day, null, type, null, null));
    }

    private void edit(MemberEvent event) {
        new MemberEventEditor(events, attachments, event, clock, this::refresh).open();
    }

    private void refresh() {
        list.refresh();
        if (figures != null) {
            figures.refresh();
        }
        if (memberDay != null) {
            memberDay.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.memberEvents") + " | " + getTranslation("app.name");
    }
}
