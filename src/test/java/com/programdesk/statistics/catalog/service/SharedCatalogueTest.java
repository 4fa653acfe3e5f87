package com.programdesk.statistics.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.statistics.catalog.domain.DataElement;
import com.programdesk.testsupport.SharedCachesAsInProduction;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue is read once and shared by every user until it changes: the report forms, the dashboard and the
 * catalogue pages ask for all of its parts, and asking again reads nothing from the database.
 */
@ProgramDeskTest
@ExtendWith(SharedCachesAsInProduction.class)
class SharedCatalogueTest {

    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    StatementCounter statements;

    @Test
    void everyPartOfTheCatalogueIsReadOnceWhateverTheOrderItIsAskedIn() {
        demoUsers.as("coordinator", () -> {
            long element = catalog.elements().getFirst().id();
            long split = catalog.elements().stream().filter(e -> !e.isOptionCell() && !catalog.cells(e.id()).isEmpty())
                    .mapToLong(DataElement::id).findFirst().orElse(element);
            Runnable everyPart = () -> {
                catalog.elements();
                catalog.categories();
                catalog.cells(split);
                catalog.indicators();
                catalog.reading(element);
                catalog.allForms();
            };
            everyPart.run();

            assertThat(statements.count(everyPart)).as("statements the second time").isZero();
            assertThat(statements.count(everyPart)).as("statements the third time").isZero();
        });
    }
}
