package com.programdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.domain.IssuedToken;
import com.programdesk.api.domain.NewApiClient;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A platform reads (a count of 0 is no small count, as on the dashboard) completeness, indicator values, tasks and activities: what a person of its role and area would see. */
@ProgramDeskTest
class ApiReadsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiClientService clients;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;

    private final JsonMapper json = JsonMapper.builder().build();
    private MockMvc api;

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aClientThatMustNotSeeSmallCountsGetsThemWithheldWhereTheCoordinatorsClientSeesThem() throws Exception {
        IssuedToken full = client("330382", null, false, ApiScope.STATISTICS_READ, ApiScope.REPORTS_READ);
        IssuedToken hidden = client("330382", null, true, ApiScope.STATISTICS_READ);
        LocalDate last = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        String query = "/api/v1/indicators/values?indicator=REPEAT_ABORTION_RATE&area=330382&granularity=MONTHLY&from="
                + last.minusMonths(11).toString().substring(0, 7) + "&to=" + last.toString().substring(0, 7);

        JsonNode seen = body(call(full, query), 200).get("series").get(0).get("values");
        JsonNode withheld = body(call(hidden, query), 200).get("series").get(0).get("values");
        assertThat(seen.size()).isEqualTo(12);
        for (int i = 0; i < seen.size(); i++) {
            JsonNode numerator = seen.get(i).get("numerator");
            if (numerator != null && !numerator.isNull() && numerator.asDouble() > 0 && numerator.asDouble() < 5) {
                assertThat(withheld.get(i).get("suppressed").asBoolean()).as(seen.get(i).toString()).isTrue();
                assertThat(withheld.get(i).get("value").isNull()).isTrue();
            }
            JsonNode hiddenNumerator = withheld.get(i).get("numerator");
            assertThat(hiddenNumerator == null || hiddenNumerator.isNull() || hiddenNumerator.asDouble() == 0 || hiddenNumerator.asDouble() >= 5).isTrue();
        }

        JsonNode completeness = body(call(full, "/api/v1/reports/completeness?form=EARLY_PREGNANCY&from="
                + last.minusMonths(2).toString().substring(0, 7) + "&to=" + last.toString().substring(0, 7)), 200);
        assertThat(completeness.size()).isEqualTo(3);
        assertThat(completeness.get(0).get("expected").asInt()).isPositive();
        JsonNode unknown = body(call(full, "/api/v1/reports/completeness?form=NO_SUCH_FORM&from=2024-01&to=2024-02"), 400);
        assertThat(unknown.get("field").asString()).isEqualTo("form");
        assertThat(body(call(hidden, "/api/v1/reports/completeness?form=EARLY_PREGNANCY&from=2024-01&to=2024-02"), 403)
                .get("detail").asString()).contains("reports:read");
    }

    @Test
    void tasksOfAnInstitutionAndActivitiesAsJsonAndICalendar() throws Exception {
        IssuedToken hospital = client(null, "YQ-H2", false, ApiScope.TASKS_READ, ApiScope.CALENDAR_READ);
        IssuedToken yueqing = client("330382", null, false, ApiScope.TASKS_READ);
        long h2 = testData.institutionId("YQ-H2");

        JsonNode own = body(call(hospital, "/api/v1/tasks?limit=50"), 200);
        assertThat(own).isNotEmpty();
        own.forEach(task -> assertThat(task.get("institutionId").asLong()).isEqualTo(h2));
        JsonNode ofH2 = body(call(yueqing, "/api/v1/tasks?institution=YQ-H2"), 200);
        ofH2.forEach(task -> assertThat(task.get("institutionId").asLong()).isEqualTo(h2));
        assertThat(body(call(yueqing, "/api/v1/tasks?institution=SX-MCH"), 400).get("field").asString()).isEqualTo("institution");

        LocalDate from = LocalDate.now().withDayOfMonth(1).minusMonths(6);
        String range = "?from=" + from + "&to=" + from.plusMonths(6);
        assertThat(body(call(hospital, "/api/v1/activities" + range), 200).isArray()).isTrue();
        MockHttpServletResponse ics = call(hospital, "/api/v1/activities.ics" + range);
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getContentAsString(StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        assertThat(body(call(hospital, "/api/v1/activities?from=2024-01-01&to=2023-01-01"), 400).get("field").asString()).isEqualTo("to");
        assertThat(body(call(hospital, "/api/v1/activities?from=soon&to=2023-01-01"), 400).get("code").asString()).isEqualTo("PARAMETER_INVALID");
        assertThat(body(call(hospital, "/api/v1/nowhere"), 404).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    private IssuedToken client(@Nullable String areaCode, @Nullable String institutionCode, boolean hidden, ApiScope... scopes) {
        return demoUsers.as("admin", () -> clients.create(new NewApiClient(TestData.unique("读取平台"),
                areaCode == null ? null : testData.areaId(areaCode), institutionCode == null ? null : testData.institutionId(institutionCode),
                Set.of(scopes), LocalDate.now().plusDays(30), hidden)));
    }

    private MockHttpServletResponse call(IssuedToken token, String path) throws Exception {
        return api.perform(get(path).header("Authorization", "Bearer " + token.token())).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
