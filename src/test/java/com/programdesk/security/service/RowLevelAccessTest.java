package com.programdesk.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionFilter;
import com.programdesk.institution.domain.InstitutionSummary;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import com.programdesk.user.domain.UserFilter;
import com.programdesk.user.service.UserService;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The row-level rule and role guards hold in the services, whatever the UI shows. */
@ProgramDeskTest
class RowLevelAccessTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    UserService users;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @Test
    void institutionUserReadsItsOwnInstitutionButNotAnother() {
        long mch = testData.institutionId("YQ-MCH");
        long second = testData.institutionId("YQ-H2");

        demoUsers.as("mch.staff", () -> {
            assertThat(institutions.find(mch)).get().extracting(Institution::getCode).isEqualTo("YQ-MCH");
            assertThatThrownBy(() -> institutions.find(second)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> institutions.summary(second)).isInstanceOf(AccessDeniedException.class);
            assertThat(institutions.lookup("", 0, 50)).extracting(InstitutionSummary::code).containsExactly("YQ-MCH");
            assertThat(institutions.namesOf(java.util.List.of(mch, second))).isEqualTo(Map.of(mch, "乐清市妇幼保健院"));
        });
    }

    @Test
    void institutionUserCannotListEditOrAdministerThroughTheServices() {
        demoUsers.as("mch.staff", () -> {
            assertThatThrownBy(() -> institutions.search(InstitutionFilter.activeOnly(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            Institution own = institutions.find(testData.institutionId("YQ-MCH")).orElseThrow();
            own.setAddress("改成别的地址");
            assertThatThrownBy(() -> institutions.save(own)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.search(UserFilter.none(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(institutionAddress("YQ-MCH")).isNotEqualTo("改成别的地址");
    }

    @Test
    void associationUserReachesTheAssociationAndItsTownshipBranchesOnly() {
        demoUsers.as("association", () -> {
            assertThat(institutions.lookup("", 0, 50)).extracting(InstitutionSummary::code)
                    .containsExactlyInAnyOrder("YQ-FPA", "YQ-FPA-NT", "YQ-FPA-LS", "YQ-FPA-HQ", "YQ-FPA-DJ", "YQ-FPA-BS", "YQ-FPA-CD");
            assertThat(institutions.find(testData.institutionId("YQ-FPA-NT"))).isPresent();
            assertThatThrownBy(() -> institutions.find(testData.institutionId("YQ-MCH"))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void viewerReadsTheDirectoryButCannotChangeIt() {
        demoUsers.as("viewer", () -> {
            assertThat(institutions.search(InstitutionFilter.activeOnly(), PageRequest.of(0, 50))).hasSizeGreaterThanOrEqualTo(13);
            Institution institution = new Institution("只读用户新建的机构", "VIEWER-TRY", InstitutionType.OTHER);
            assertThatThrownBy(() -> institutions.save(institution)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM institution WHERE code = 'VIEWER-TRY'").query(Long.class).single()).isZero();
    }

    @Test
    void nobodyLoggedInReachesNothing() {
        assertThatThrownBy(() -> institutions.find(testData.institutionId("YQ-MCH"))).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String institutionAddress(String code) {
        return jdbc.sql("SELECT address FROM institution WHERE code = ?").param(code).query(String.class).single();
    }
}
