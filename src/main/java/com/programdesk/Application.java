package com.programdesk;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

@SpringBootApplication
// Repositories run in the services' transactions; a read of their own needs none (see base.jdbc.ReadsInAutoCommit).
@EnableJdbcRepositories(enableDefaultTransactions = false)
// Vaadin reads every class of these packages at start, looking for routes, error views and the app shell: the ui
// packages hold all of them (ArchitectureTest.viewsLiveInUiPackages) and a fifth of the classes (docs/benchmarks.md)
@EnableVaadin("com.programdesk.**.ui")
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
