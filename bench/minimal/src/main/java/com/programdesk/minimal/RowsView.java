package com.programdesk.minimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A lazy grid of the rows and a form that changes one of them: row number, name, amount, Save. */
@Route("rows")
@PageTitle("Rows | Minimal")
@PermitAll
public class RowsView extends VerticalLayout {

    private final Grid<Rows.Row> grid = new Grid<>();
    private final IntegerField number = new IntegerField("Row");
    private final TextField name = new TextField("Name");
    private final IntegerField amount = new IntegerField("Amount");

    RowsView(Rows rows) {
        setSizeFull();
        grid.addColumn(Rows.Row::number).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Rows.Row::name).setHeader("Name");
        grid.addColumn(Rows.Row::city).setHeader("City");
        grid.addColumn(Rows.Row::amount).setHeader("Amount");
        grid.addColumn(Rows.Row::date).setHeader("Date");
        grid.setItems(q -> rows.page(q.getOffset(), q.getLimit()), q -> rows.size());
        grid.setSizeFull();
        grid.addItemClickListener(e -> {
            number.setValue(e.getItem().number());
            name.setValue(e.getItem().name());
            amount.setValue(e.getItem().amount());
        });

        number.setMin(1);
        number.setMax(rows.size());
        name.setMaxLength(100);
        amount.setMin(0);
        Button save = new Button("Save", e -> save(rows));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(number, name, amount, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form, grid);
    }

    private void save(Rows rows) {
        Integer n = number.getValue();
        if (n == null || n < 1 || n > rows.size() || name.getValue().isBlank() || amount.getValue() == null) {
            number.setInvalid(n == null || n < 1 || n > rows.size());
            Notification.show("Give a row from 1 to " + rows.size() + ", a name and an amount")
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        Rows.Row saved = rows.update(n, name.getValue().strip(), amount.getValue());
        grid.getDataProvider().refreshItem(saved);
        Notification.show("Saved row " + saved.number()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
