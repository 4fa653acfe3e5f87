package com.programdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.domain.IssuedToken;
import com.programdesk.api.domain.NewApiClient;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.api.service.ApiRateLimiter;
import com.programdesk.statistics.catalog.domain.ReportForm;
import com.programdesk.statistics.catalog.service.StatisticsCatalog;
import com.programdesk.testsupport.DemoUsers;
import com.programdesk.testsupport.ProgramDeskTest;
import com.programdesk.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Wenzhou platform pushes a month of counts through the API: they land as drafts for the hospitals,
 * pushing again changes nothing, and bad tokens, scopes, bodies and rows are refused with problem details.
 * Reports of these tests are for months of 2018, which neither the demo data nor other tests use.
 */
@ProgramDeskTest
class DataValueSetsApiTest {

    private static final String CSV = "text/csv";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiClientService clients;
    @Autowired
    ApiRateLimiter limiter;
    @Autowired
    StatisticsCatalog catalog;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    TestData testData;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private MockMvc api;

    @BeforeEach
    void theHospitalsFileTheEarlyPregnancyForm() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        demoUsers.as("coordinator", () -> {
            ReportForm form = catalog.formByCode("EARLY_PREGNANCY").orElseThrow();
            Set<Long> assigned = new LinkedHashSet<>(catalog.assignedInstitutions(form.id()));
            assigned.add(testData.institutionId("YQ-MCH"));
            assigned.add(testData.institutionId("YQ-H2"));
            catalog.assign(form.id(), assigned);
        });
    }

    @Test
    void theWenzhouPlatformPushesAMonthThatShowsUpAsDraftsAndPushingItAgainChangesNothing() throws Exception {
        IssuedToken wenzhou = client(TestData.unique("温州平台"), "330300", null, ApiScope.REPORTS_WRITE);
        String month = """
                {"dataSet": "EARLY_PREGNANCY", "dataValues": [
                  {"orgUnit": "YQ-MCH", "period": "2018-01", "dataElement": "EP_VISITS", "value": 120},
                  {"orgUnit": "YQ-MCH", "period": "2018-01", "dataElement": "INDUCED_ABORTIONS", "value": "30"},
                  {"orgUnit": "YQ-H2", "period": "2018-01", "dataElement": "EP_VISITS", "value": 80},
                  {"orgUnit": "YQ-H2", "period": "2018-01", "dataElement": "INDUCED_ABORTIONS", "value": 18}
                ]}""";

        JsonNode dryRun = body(call(push(wenzhou, "?dryRun=true", MediaType.APPLICATION_JSON_VALUE, month)), 200);
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("written").asBoolean()).isFalse();
        assertThat(dryRun.get("importCount").get("imported").asLong()).isEqualTo(4);
        assertThat(reports("2018-01-01")).isZero();

        JsonNode pushed = body(call(push(wenzhou, "", MediaType.APPLICATION_JSON_VALUE, month)), 200);
        assertThat(pushed.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(pushed.get("written").asBoolean()).isTrue();
        assertThat(pushed.get("importCount").get("imported").asLong()).isEqualTo(4);
        assertThat(pushed.get("reports").get("new").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT CONCAT(r.status, '/', r.source, '/', r.created_by) FROM stat_report r JOIN institution i ON i.id = r.institution_id
                WHERE i.code = 'YQ-H2' AND r.period_start = '2018-01-01'""").query(String.class).single())
                .isEqualTo("DRAFT/IMPORT/api:" + wenzhou.client().name());
        assertThat(value("YQ-H2", "2018-01-01", "INDUCED_ABORTIONS")).isEqualTo(18);

        JsonNode again = body(call(push(wenzhou, "", MediaType.APPLICATION_JSON_VALUE, month)), 200);
        assertThat(again.get("written").asBoolean()).isFalse();
        assertThat(again.get("importCount").get("imported").asLong()).isZero();
        assertThat(again.get("importCount").get("updated").asLong()).isZero();
        assertThat(again.get("importCount").get("ignored").asLong()).isEqualTo(4);
        assertThat(reports("2018-01-01")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'API_CALL'")
                .param("api:" + wenzhou.client().name()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_client WHERE id = ?").param(wenzhou.client().id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCsvOfARowPerInstitutionAndMonthIsPushedAndAChangedValueIsUpdated() throws Exception {
        IssuedToken wenzhou = client(TestData.unique("温州平台"), "330300", null, ApiScope.REPORTS_WRITE);
        String csv = "机构编码,统计期,EP_VISITS,INDUCED_ABORTIONS\nYQ-MCH,2018-02,100,20\nYQ-H2,2018-02,60,9\n";
        JsonNode pushed = body(call(push(wenzhou, "", CSV, csv)), 200);
        assertThat(pushed.get("importCount").get("imported").asLong()).isEqualTo(4);
        assertThat(pushed.get("rows").asLong()).isEqualTo(2);

        JsonNode changed = body(call(push(wenzhou, "", CSV + ";charset=UTF-8", csv.replace("60,9", "61,9"))), 200);
        assertThat(changed.get("importCount").get("updated").asLong()).isEqualTo(1);
        assertThat(changed.get("importCount").get("ignored").asLong()).isEqualTo(3);
        assertThat(value("YQ-H2", "2018-02-01", "EP_VISITS")).isEqualTo(61);
    }

    @Test
    void anInstitutionsTokenPushingAnotherInstitutionsRowIsRefusedAtThatRowAndNothingIsWritten() throws Exception {
        IssuedToken hospital = client(TestData.unique("市二院系统"), null, "YQ-H2", ApiScope.REPORTS_WRITE);
        String rows = """
                {"rows": [
                  {"orgUnit": "YQ-H2", "period": "2018-03", "values": {"EP_VISITS": 70, "INDUCED_ABORTIONS": 11}},
                  {"orgUnit": "YQ-MCH", "period": "2018-03", "values": {"EP_VISITS": 90, "INDUCED_ABORTIONS": 15}},
                  {"orgUnit": "YQ-H2", "period": "2099-01", "values": {"EP_VISITS": 1}}
                ]}""";

        MockHttpServletResponse response = call(push(hospital, "", MediaType.APPLICATION_JSON_VALUE, rows));
        JsonNode problem = problem(response, 409, "CONFLICTS");
        JsonNode summary = problem.get("importSummary");
        assertThat(summary.get("status").asString()).isEqualTo("ERROR");
        assertThat(summary.get("written").asBoolean()).isFalse();
        assertThat(summary.get("conflicts")).extracting(c -> c.get("row").asInt() + " " + c.get("field").asString() + " " + c.get("kind").asString())
                .containsExactly("2 rows[2].orgUnit NOT_REACHABLE", "3 rows[3].period PERIOD_NOT_OVER");
        assertThat(summary.get("conflicts").get(0).get("reason").asString()).contains("乐清市妇幼保健院");
        assertThat(reports("2018-03-01")).isZero();
    }

    @Test
    void duplicateRowsAreConflictsAtTheirRow() throws Exception {
        IssuedToken wenzhou = client(TestData.unique("温州平台"), "330300", null, ApiScope.REPORTS_WRITE);
        String csv = "机构编码,统计期,指标编码,数值\nYQ-H2,2018-04,EP_VISITS,5\nYQ-H2,2018-04,EP_VISITS,6\n";
        JsonNode summary = problem(call(push(wenzhou, "", CSV, csv)), 409, "CONFLICTS").get("importSummary");
        assertThat(summary.get("conflicts").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(summary.get("conflicts").get(0).get("kind").asString()).isEqualTo("DUPLICATE");
        assertThat(reports("2018-04-01")).isZero();
    }

    @Test
    void missingUnknownExpiredAndRevokedTokensAreUnauthorizedWithTheirReason() throws Exception {
        String body = "{\"dataValues\": []}";
        problem(call(post("/api/v1/dataValueSets").contentType(MediaType.APPLICATION_JSON).content(body)), 401, "TOKEN_MISSING");
        problem(call(post("/api/v1/dataValueSets").header("Authorization", "Bearer pd_" + "x".repeat(43))
                .contentType(MediaType.APPLICATION_JSON).content(body)), 401, "TOKEN_UNKNOWN");
        problem(call(post("/api/v1/dataValueSets").header("Authorization", "Bearer nonsense")
                .contentType(MediaType.APPLICATION_JSON).content(body)), 401, "TOKEN_MALFORMED");

        IssuedToken expired = client(TestData.unique("过期平台"), "330300", null, ApiScope.REPORTS_WRITE);
        jdbc.sql("UPDATE api_client SET expires_at = ? WHERE id = ?").params(LocalDate.now().minusDays(1).atStartOfDay(), expired.client().id()).update();
        JsonNode problem = problem(call(push(expired, "", MediaType.APPLICATION_JSON_VALUE, body)), 401, "TOKEN_EXPIRED");
        assertThat(problem.get("detail").asString()).contains("过期");

        IssuedToken revoked = client(TestData.unique("吊销平台"), "330300", null, ApiScope.REPORTS_WRITE);
        demoUsers.as("admin", () -> clients.revoke(revoked.client().id()));
        MockHttpServletResponse response = call(push(revoked, "", MediaType.APPLICATION_JSON_VALUE, body).header("Accept-Language", "en"));
        assertThat(problem(response, 401, "TOKEN_REVOKED").get("detail").asString()).isEqualTo("The token has been revoked");
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void aTokenWithoutTheScopeIsForbiddenNamingTheScope() throws Exception {
        IssuedToken reader = client(TestData.unique("只读平台"), "330300", null, ApiScope.TASKS_READ);
        JsonNode problem = problem(call(push(reader, "", MediaType.APPLICATION_JSON_VALUE, "{\"dataValues\": []}")), 403, "SCOPE_MISSING");
        assertThat(problem.get("detail").asString()).contains("reports:write");
        JsonNode me = body(call(get("/api/v1/me").header("Authorization", "Bearer " + reader.token())), 200);
        assertThat(me.get("scopes").get(0).asString()).isEqualTo("tasks:read");
        assertThat(me.get("actsAs").asString()).isEqualTo("COORDINATOR");
    }

    @Test
    void aClientOverItsRateIsToldWhenToRetry() throws Exception {
        IssuedToken busy = client(TestData.unique("频繁平台"), "330300", null, ApiScope.TASKS_READ);
        for (int i = 0; i < limiter.perMinute(); i++) {
            limiter.tryCall(busy.client().id());
        }
        MockHttpServletResponse response = call(get("/api/v1/me").header("Authorization", "Bearer " + busy.token()));
        problem(response, 429, "RATE_LIMITED");
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
    }

    @Test
    void malformedJsonAWrongContentTypeAndOversizedBodiesAreRefusedAsProblems() throws Exception {
        IssuedToken wenzhou = client(TestData.unique("温州平台"), "330300", null, ApiScope.REPORTS_WRITE);
        problem(call(push(wenzhou, "", MediaType.APPLICATION_JSON_VALUE, "{\"dataValues\": [{\"orgUnit\": ")), 400, "MALFORMED");
        problem(call(push(wenzhou, "", MediaType.APPLICATION_JSON_VALUE, "[1, 2]")), 400, "NOT_COUNTS");
        problem(call(push(wenzhou, "", MediaType.TEXT_PLAIN_VALUE, "hello")), 415, "CONTENT_TYPE");

        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        MockHttpServletResponse tooLarge = call(post("/api/v1/dataValueSets").header("Authorization", "Bearer " + wenzhou.token())
                .contentType(MediaType.APPLICATION_JSON).content(huge));
        assertThat(problem(tooLarge, 413, "TOO_LARGE").get("field").asString()).isEqualTo("body");

        StringBuilder million = new StringBuilder("机构编码,统计期,指标编码,数值\n");
        for (int i = 0; i < 100_002; i++) {
            million.append("YQ-H2,2018-05,EP_VISITS,1\n");
        }
        problem(call(push(wenzhou, "", CSV, million.toString())), 413, "TOO_MANY_ROWS");
        assertThat(reports("2018-05-01")).isZero();
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndIsPublic() throws Exception {
        JsonNode document = body(call(get("/api/v1/openapi.json")), 200);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        for (ApiEndpoints.Rule rule : ApiEndpoints.RULES) {
            assertThat(document.get("paths").has(rule.pattern())).as(rule.pattern()).isTrue();
            assertThat(document.get("paths").get(rule.pattern()).has(rule.method().name().toLowerCase())).as(rule.pattern()).isTrue();
        }
        assertThat(document.get("components").get("securitySchemes").has("bearer")).isTrue();
        MockHttpServletResponse page = call(get("/api/docs/index.html"));
        assertThat(page.getStatus()).isBetween(200, 399);
    }

    private IssuedToken client(String name, @Nullable String areaCode, @Nullable String institutionCode, ApiScope... scopes) {
        return demoUsers.as("admin", () -> clients.create(new NewApiClient(name, areaCode == null ? null : testData.areaId(areaCode),
                institutionCode == null ? null : testData.institutionId(institutionCode), Set.of(scopes), LocalDate.now().plusDays(30), false)));
    }

    private static MockHttpServletRequestBuilder push(IssuedToken token, String query, String contentType, String body) {
        return post("/api/v1/dataValueSets" + query).header("Authorization", "Bearer " + token.token())
                .contentType(contentType).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return api.perform(request).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode problem(MockHttpServletResponse response, int status, String code) throws Exception {
        JsonNode problem = body(response, status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private long reports(String period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM stat_report r JOIN institution i ON i.id = r.institution_id
                WHERE i.code IN ('YQ-MCH', 'YQ-H2') AND r.period_start = ?""").param(LocalDate.parse(period)).query(Long.class).single();
    }

    private long value(String institution, String period, String element) {
        return jdbc.sql("""
                SELECT v.value FROM stat_value v JOIN stat_report r ON r.id = v.stat_report_id JOIN institution i ON i.id = r.institution_id
                JOIN data_element e ON e.id = v.data_element_id WHERE i.code = ? AND r.period_start = ? AND e.code = ?""")
                .params(institution, LocalDate.parse(period), element).query(Long.class).single();
    }
}
