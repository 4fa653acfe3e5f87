package com.programdesk.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.testsupport.SharedCachesAsInProduction;
import com.programdesk.testsupport.StatementCounter;
import com.programdesk.testsupport.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every click in the side navigation costs a bounded number of SQL statements, for every role
 * (the load test's users click through their menus; docs/benchmarks.md, "Queries per view").
 */
@ExtendWith(SharedCachesAsInProduction.class)
class QueriesPerViewTest extends ViewTest {

    /** The most statements one view may prepare for its first answer, menu and bell included. */
    static final int BUDGET = 12;

    @Autowired
    StatementCounter statements;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "viewer", "keqiao.coordinator", "mch.staff", "association"})
    void eachViewOfTheMenuOpensWithinTheQueryBudget(String user) throws IOException {
        demoUsers.login(user);
        Map<String, Integer> perView = new LinkedHashMap<>();
        Map<String, Integer> firstVisit = new LinkedHashMap<>();
        List<MenuEntry> menu = MenuConfiguration.getMenuEntries();
        // The first round also builds the layout (menu, bell) on the first view. Counted is the second
        // round, as in daily use: what is shared across users is known by then.
        for (Map<String, Integer> round : List.of(firstVisit, perView)) {
            for (MenuEntry entry : menu) {
                Class<? extends Component> view = entry.menuClass();
                String name = entry.path().equals("/") ? "home" : entry.path().substring(1);
                if (round == perView && name.equals(System.getenv("QUERIES_SQL"))) {
                    statements.statements(() -> navigate(entry.path(), view)).forEach(sql -> System.out.println(name + ": " + sql));
                    MenuEntry away = menu.get(menu.indexOf(entry) == 0 ? 1 : 0);
                    navigate(away.path(), away.menuClass());
                }
                round.put(name, statements.count(() -> navigate(entry.path(), view)));
            }
        }

        List<String> lines = new ArrayList<>();
        perView.forEach((view, count) -> lines.add(user + "\t" + view + "\t" + firstVisit.get(view) + "\t" + count));
        Path out = Path.of("target", "queries-per-view.tsv");
        Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(String.join("\n", lines));
        assertThat(perView).allSatisfy((view, count) -> assertThat(count).as(user + " opening " + view).isLessThanOrEqualTo(BUDGET));
    }
}
