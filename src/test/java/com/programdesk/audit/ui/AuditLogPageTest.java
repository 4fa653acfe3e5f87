package com.programdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.testsupport.ViewTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log names the person behind a login (the login itself stays, for the record). */
class AuditLogPageTest extends ViewTest {

    @Test
    void eachActorIsShownWithTheirNameAndLogin() {
        demoUsers.login("admin");
        AuditLogView log = navigate(AuditLogView.class);
        var grid = test(log.grid);
        List<String> actors = new ArrayList<>();
        for (int row = 0; row < Math.min(grid.size(), 200); row++) {
            actors.add(grid.getCellText(row, 1));
        }
        assertThat(actors).isNotEmpty().doesNotContain("coordinator", "mch.staff");
        assertThat(actors).anyMatch(a -> a.equals("王协调（市卫健局） · coordinator") || a.equals("李医生（市妇保院） · mch.staff"));
    }

    @Test
    void everyKindOfRowIsNamedAndCanBeFilteredFor() {
        demoUsers.login("admin");
        AuditLogView log = navigate(AuditLogView.class);
        assertThat(test(log.entityType).getSuggestionItems()).containsExactlyInAnyOrder(AuditedEntity.values());
        test(log.entityType).selectItem("会员活动");
        var grid = test(log.grid);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < Math.min(grid.size(), 20); row++) {
            assertThat(grid.getCellText(row, 3)).startsWith("会员活动 #");
        }
        test(log.entityType).selectItem("统计报表");
        assertThat(test(log.grid).size()).isPositive();
        assertThat(test(log.grid).getCellText(0, 3)).startsWith("统计报表 #");
    }
}
