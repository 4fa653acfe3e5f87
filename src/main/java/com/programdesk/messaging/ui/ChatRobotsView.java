package com.programdesk.messaging.ui;

import com.programdesk.area.service.AreaService;
import com.programdesk.area.ui.AreaPicker;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.ui.DateFormats;
import com.programdesk.base.ui.FormErrors;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.messaging.domain.Channel;
import com.programdesk.messaging.domain.ChatRobot;
import com.programdesk.messaging.domain.ChatRobotDraft;
import com.programdesk.messaging.domain.RobotScope;
import com.programdesk.messaging.service.ChatRobotService;
import com.programdesk.security.domain.Roles;
import com.programdesk.team.domain.TeamSummary;
import com.programdesk.team.service.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 工作群机器人: administrators and coordinators set a 企业微信 or 钉钉 group robot for an institution, a team or an
 * area's bureau; the webhook and secret are typed once and shown afterwards only as a masked hint.
 */
@Route("chat-robots")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Menu(order = 930, title = "nav.chatRobots", icon = "vaadin:comments-o")
class ChatRobotsView extends Div implements HasDynamicTitle {

    final Grid<ChatRobot> grid = new Grid<>(ChatRobot.class, false);
    final Button add = new Button();
    private final ChatRobotService robots;
    private final InstitutionService institutions;
    private final TeamService teams;
    private final AreaService areas;

    ChatRobotsView(ChatRobotService robots, InstitutionService institutions, TeamService teams, AreaService areas) {
        this.robots = robots;
        this.institutions = institutions;
        this.teams = teams;
        this.areas = areas;
        addClassName("view");
        setSizeFull();
        add.setText(getTranslation("messaging.robot.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new Editor().open());
        Div toolbar = new Div(new H2(getTranslation("messaging.robot.title")), add);
        toolbar.addClassName("view-toolbar");
        add(toolbar, new Paragraph(getTranslation("messaging.robot.intro")));

        grid.addColumn(ChatRobot::name).setHeader(getTranslation("messaging.robot.field.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("messaging.robot.field.kind")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.scope().messageKey()) + " · " + r.target())
                .setHeader(getTranslation("messaging.robot.column.target")).setFlexGrow(2);
        grid.addColumn(ChatRobot::webhookHint).setHeader(getTranslation("messaging.robot.column.webhook")).setAutoWidth(true);
        grid.addColumn(r -> r.createdBy() + " · " + DateFormats.dateTimeToMinute(r.createdAt(), getLocale()))
                .setHeader(getTranslation("messaging.robot.column.createdBy")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("messaging.robot.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(robots.list());
    }

    private HorizontalLayout actions(ChatRobot robot) {
        Button test = new Button(getTranslation("messaging.robot.sendTest"), e -> {
            boolean sent = robots.sendTest(robot.id());
            Notification.show(getTranslation(sent ? "messaging.robot.testSent" : "messaging.robot.testFailed"))
                    .addThemeVariants(sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        });
        test.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button(getTranslation("messaging.robot.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setText(getTranslation("messaging.robot.deleteConfirm", robot.name()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("messaging.robot.delete"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                robots.delete(robot.id());
                Notification.show(getTranslation("messaging.robot.deleted"));
                refresh();
            });
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(test, delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.robot.title") + " | " + getTranslation("app.name");
    }

    /** The robot dialog: scope and its target, kind, name, webhook, (钉钉) secret. */
    class Editor extends Dialog {

        final RadioButtonGroup<RobotScope> scope = new RadioButtonGroup<>();
        final ComboBox<InstitutionSummary> institution = new ComboBox<>();
        final ComboBox<TeamSummary> team = new ComboBox<>();
        final AreaPicker area = new AreaPicker(areas, getTranslation("messaging.robot.field.area"));
        final ComboBox<Channel> kind = new ComboBox<>();
        final TextField name = new TextField();
        final PasswordField webhook = new PasswordField();
        final PasswordField secret = new PasswordField();
        final Button save = new Button();
        private final FormErrors errors = new FormErrors();

        Editor() {
            setHeaderTitle(getTranslation("messaging.robot.new"));
            setWidth("min(40rem, 95vw)");
            scope.setLabel(getTranslation("messaging.robot.field.scope"));
            scope.setItems(RobotScope.values());
            scope.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            scope.addValueChangeListener(e -> {
                institution.setVisible(e.getValue() == RobotScope.INSTITUTION);
                team.setVisible(e.getValue() == RobotScope.TEAM);
                area.setVisible(e.getValue() == RobotScope.BUREAU);
            });
            institution.setLabel(getTranslation("messaging.robot.field.institution"));
            institution.setItems(q -> institutions.lookup(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            institution.setItemLabelGenerator(InstitutionSummary::label);
            team.setLabel(getTranslation("messaging.robot.field.team"));
            team.setItems(teams.teams(0, 500));
            team.setItemLabelGenerator(t -> t.name() + " · " + t.ownerName());
            kind.setLabel(getTranslation("messaging.robot.field.kind"));
            kind.setItems(Channel.WECOM, Channel.DINGTALK);
            kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
            kind.addValueChangeListener(e -> secret.setVisible(e.getValue() == Channel.DINGTALK));
            name.setLabel(getTranslation("messaging.robot.field.name"));
            name.setMaxLength(ChatRobotService.NAME_MAX);
            webhook.setLabel(getTranslation("messaging.robot.field.webhook"));
            webhook.setMaxLength(ChatRobotService.WEBHOOK_MAX);
            secret.setLabel(getTranslation("messaging.robot.field.secret"));
            secret.setHelperText(getTranslation("messaging.robot.help.secret"));
            secret.setMaxLength(ChatRobotService.SECRET_MAX);
            scope.setValue(RobotScope.INSTITUTION);
            kind.setValue(Channel.WECOM);
            errors.bind("scope", scope).bind("institutionId", institution).bind("teamId", team).bind("areaId", area).bind("kind", kind)
                    .bind("name", name).bind("webhook", webhook).bind("secret", secret);
            add(new FormLayout(scope, institution, team, area, kind, name, webhook, secret));
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        }

        void save() {
            ChatRobotDraft draft = new ChatRobotDraft(scope.getValue(), institution.getValue() == null ? null : institution.getValue().id(),
                    team.getValue() == null ? null : team.getValue().id(), area.getValue(), kind.getValue(), name.getValue(),
                    webhook.getValue(), secret.getValue());
            try {
                robots.create(draft);
            } catch (InvalidFieldException e) {
                errors.show(e);
                return;
            }
            Notification.show(getTranslation("messaging.robot.saved", name.getValue().strip())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            refresh();
        }
    }
}
