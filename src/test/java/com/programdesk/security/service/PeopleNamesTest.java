package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A timeline names people, not login names: display name and institution, all of a page's names at once. */
@ProgramDeskTest
class PeopleNamesTest {

    @Autowired
    PeopleNames names;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @AfterEach
    void logOut() {
        demoUsers.logout();
    }

    @Test
    void loginNamesBecomeDisplayNamesWithTheirInstitution() {
        long hospital = testData.institutionId("YQ-H2");
        jdbc.sql("INSERT IGNORE INTO app_user (username, display_name, role, institution_id, password_hash, enabled, version) "
                        + "VALUES ('pn.nurse', '周护士', :role, :institution, 'x', TRUE, 0)")
                .param("role", Role.INSTITUTION.name()).param("institution", hospital).update();
        demoUsers.login("second.staff");

        PeopleNames.Lookup people = names.of(Arrays.asList("coordinator", "mch.staff", "pn.nurse", "system", null));

        assertThat(people.label("coordinator", Locale.CHINA)).isEqualTo("王协调（市卫健局）");
        assertThat(people.label("mch.staff", Locale.CHINA)).isEqualTo("李医生（市妇保院）");
        assertThat(people.label("pn.nurse", Locale.CHINA)).isEqualTo("周护士（市二院）");
        assertThat(people.label("pn.nurse", Locale.ENGLISH)).startsWith("周护士 (").doesNotContain("pn.nurse");
        assertThat(people.label("system", Locale.CHINA)).isEqualTo("system");
        assertThat(people.label(null, Locale.CHINA)).isEmpty();
        assertThat(names.of(List.of()).label("viewer", Locale.CHINA)).isEqualTo("viewer");
    }
}
