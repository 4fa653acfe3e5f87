package com.programdesk.minimal;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The second, simple view: the first one after login, as the app's home. */
@Route("")
@PageTitle("Home | Minimal")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(Rows rows) {
        add(new H2("Home"), new Paragraph(rows.size() + " rows; open Rows to see and edit them."));
    }
}
