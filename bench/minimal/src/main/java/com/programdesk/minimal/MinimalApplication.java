package com.programdesk.minimal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest app that pays for what every Program Desk round trip pays for: Spring Boot, Spring
 * Security with form login and a session, Vaadin Flow with Lumo, an app layout with a side
 * navigation, a lazy grid and a form. The load test runs against it to tell the framework's cost
 * per round trip from the app's (docs/benchmarks.md, "Minimal app for comparison").
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class MinimalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }
}
