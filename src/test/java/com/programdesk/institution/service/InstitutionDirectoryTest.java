package com.programdesk.institution.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.institution.domain.Institution;
import com.programdesk.institution.domain.InstitutionFilter;
import com.programdesk.institution.domain.InstitutionType;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProgramDeskTest
class InstitutionDirectoryTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData testData;

    @BeforeEach
    void logInAsCoordinator() {
        demoUsers.login("coordinator");
    }

    @AfterEach
    void logOut() {
        demoUsers.logout();
    }

    @Test
    void coordinatorRegistersAHospitalAndTheAuditLogRecordsIt() {
        Institution saved = institutions.save(newInstitution(i -> {
            i.setContactPhone("13812345678");
            i.setTownship("柳市镇");
        }));

        assertThat(saved.getId()).isNotNull();
        assertThat(saved.getVersion()).isZero();
        assertThat(institutions.find(saved.getId())).get().extracting(Institution::getNameZh).isEqualTo(saved.getNameZh());
        String changes = jdbc.sql("SELECT changed_fields FROM audit_event WHERE entity_type = 'Institution' AND entity_id = ? AND action = 'CREATE' AND actor = 'coordinator'")
                .param(saved.getId()).query(String.class).single();
        assertThat(changes).contains("nameZh: " + saved.getNameZh()).contains("contactPhone: 138****5678")
                .doesNotContain("13812345678");
    }

    @Test
    void codeIsStoredInUpperCaseAndFoundBySearch() {
        String code = uniqueCode().toLowerCase();
        Institution saved = institutions.save(newInstitution(i -> i.setCode(code)));

        assertThat(saved.getCode()).isEqualTo(code.toUpperCase());
        assertThat(institutions.search(new InstitutionFilter(code, null, true), PageRequest.of(0, 10)))
                .extracting(Institution::getId).containsExactly(saved.getId());
    }

    @Test
    void eachBadFieldIsRefusedAtItsFieldAndNothingIsSaved() {
        long before = institutionCount();
        expectRefusal(i -> i.setNameZh(" "), "nameZh", "validation.required");
        expectRefusal(i -> i.setNameZh("医".repeat(Institution.NAME_ZH_MAX + 1)), "nameZh", "validation.maxLength");
        expectRefusal(i -> i.setCode("bad code!"), "code", "institution.error.codeFormat");
        expectRefusal(i -> i.setCode("-LEADING"), "code", "institution.error.codeFormat");
        expectRefusal(i -> i.setType(null), "type", "validation.required");
        expectRefusal(i -> i.setContactPhone("12345"), "contactPhone", "validation.phoneFormat");
        expectRefusal(i -> i.setNameZh("乐清市妇幼保健院"), "nameZh", "institution.error.nameTaken");
        expectRefusal(i -> i.setCode("YQ-MCH"), "code", "institution.error.codeTaken");
        expectRefusal(i -> i.setParentId(999_999L), "parentId", "institution.error.parentMissing");
        expectRefusal(i -> i.setAreaId(null), "areaId", "validation.required");
        expectRefusal(i -> i.setAreaId(testData.areaId("330603")), "areaId", "area.error.outsideScope");
        assertThat(institutionCount()).isEqualTo(before);
    }

    @Test
    void aParentThatWouldMakeACycleIsRefused() {
        Institution group = institutions.save(newInstitution(i -> { }));
        Institution branch = institutions.save(newInstitution(i -> i.setParentId(group.getId())));

        group.setParentId(branch.getId());
        assertThatThrownBy(() -> institutions.save(group))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("parentId");
                    assertThat(e.messageKey()).isEqualTo("institution.error.parentCycle");
                });
        assertThat(institutions.wouldCreateCycle(group.getId(), branch.getId())).isTrue();
        assertThat(institutions.wouldCreateCycle(group.getId(), group.getId())).isTrue();
        assertThat(institutions.find(group.getId()).orElseThrow().getParentId()).isNull();
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherUsersChangeSurvives() {
        Institution saved = institutions.save(newInstitution(i -> { }));
        Institution mine = institutions.find(saved.getId()).orElseThrow();
        Institution theirs = institutions.find(saved.getId()).orElseThrow();

        theirs.setAddress("他们的地址");
        institutions.save(theirs);
        mine.setAddress("我的地址");

        assertThatThrownBy(() -> institutions.save(mine)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(institutions.find(saved.getId()).orElseThrow().getAddress()).isEqualTo("他们的地址");
    }

    @Test
    void deactivatingKeepsTheRowHidesItFromPickersAndIsAudited() {
        Institution saved = institutions.save(newInstitution(i -> { }));

        Institution inactive = institutions.setActive(saved, false);

        assertThat(inactive.isActive()).isFalse();
        assertThat(institutions.find(saved.getId())).isPresent();
        assertThat(institutions.lookup(saved.getCode(), 0, 10)).isEmpty();
        assertThat(institutions.search(new InstitutionFilter(saved.getCode(), null, false), PageRequest.of(0, 10)))
                .extracting(Institution::getId).containsExactly(saved.getId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'DEACTIVATE'")
                .param(saved.getId()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> institutions.setActive(saved, true)).as("stale version")
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    private void expectRefusal(Consumer<Institution> breakIt, String field, String messageKey) {
        Institution institution = newInstitution(i -> { });
        breakIt.accept(institution);
        assertThatThrownBy(() -> institutions.save(institution))
                .as(field + " " + messageKey)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    private long institutionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM institution").query(Long.class).single();
    }

    /** A health centre of the coordinator's own area, 乐清市. */
    private Institution newInstitution(Consumer<Institution> customize) {
        String suffix = TestData.unique("");
        Institution institution = new Institution("测试卫生院" + suffix, uniqueCode(), InstitutionType.TOWNSHIP_HEALTH_CENTRE);
        institution.setAreaId(testData.areaId("330382"));
        customize.accept(institution);
        return institution;
    }

    static String uniqueCode() {
        return TestData.unique("T-").toUpperCase();
    }
}
