package com.programdesk.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.programdesk.api.domain.ApiCaller;
import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.service.ApiClientService;
import com.programdesk.api.service.ApiRateLimiter;
import com.programdesk.base.ui.ProgramDeskI18NProvider;
import com.programdesk.security.domain.Role;
import com.programdesk.testsupport.DatabaseAway;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform calling the API while the database cannot be reached (a restart, a Galera node without quorum) is told so
 * with 503 and {@code Retry-After}, which its client can act on, not with a 500 that reads as a bug in Program Desk.
 */
class ApiWhileTheDatabaseIsAwayTest {

    private static final RuntimeException NO_CONNECTION = DatabaseAway.noConnection();
    private static final String TOKEN = "Bearer pd_" + "a".repeat(43);

    private final ApiClientService clients = mock(ApiClientService.class);
    private final ApiRateLimiter limiter = mock(ApiRateLimiter.class);
    private final ApiProblems problems = new ApiProblems(new ProgramDeskI18NProvider());
    private final ApiTokenFilter filter = new ApiTokenFilter(clients, limiter, problems);

    @Test
    void aTokenThatCannotBeCheckedForWantOfTheDatabaseIsAnsweredRetryLater() throws Exception {
        when(clients.authenticate(anyString())).thenThrow(NO_CONNECTION);
        MockFilterChain controllers = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(apiCall(), response, controllers);

        assertRetryLater(response.getStatus(), response.getHeader("Retry-After"), response.getContentType(),
                JsonMapper.builder().build().readTree(response.getContentAsByteArray()));
        assertThat(controllers.getRequest()).as("no controller was called").isNull();
    }

    @Test
    void aReadFailingForWantOfTheDatabaseIsAnsweredRetryLater() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler(problems).unexpected(NO_CONNECTION, apiCall(), response);

        ProblemDetail problem = answer.getBody();
        assertThat(problem).isNotNull();
        assertRetryLater(answer.getStatusCode().value(), response.getHeader("Retry-After"), String.valueOf(answer.getHeaders().getContentType()),
                JsonMapper.builder().build().readTree(problems.bytes(problem)));
    }

    @Test
    void aCallAnsweredWhileTheDatabaseLeftMeanwhileKeepsItsAnswerThoughItCannotBeAudited() throws Exception {
        when(clients.authenticate(anyString())).thenReturn(new ApiClientService.Authentication(caller(), null));
        doThrow(NO_CONNECTION).when(clients).recordCall(any(), anyString(), anyInt());
        MockFilterChain controllers = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(apiCall(), response, controllers);

        assertThat(controllers.getRequest()).as("the controller answered").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aFailureOtherThanTheDatabaseIsNotDisguisedAsOne() {
        when(clients.authenticate(anyString())).thenThrow(new IllegalStateException("a bug"));
        when(limiter.tryCall(anyLong())).thenReturn(0L);

        assertThatThrownBy(() -> filter.doFilter(apiCall(), new MockHttpServletResponse(), new MockFilterChain()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertRetryLater(int status, String retryAfter, String contentType, JsonNode body) {
        assertThat(status).isEqualTo(503);
        assertThat(retryAfter).isEqualTo("30");
        assertThat(contentType).startsWith("application/problem+json");
        assertThat(body.get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(body.get("retryAfterSeconds").asInt()).isEqualTo(30);
        assertThat(body.get("detail").asString()).isEqualTo("数据库暂时不可用，请 30 秒后重试");
    }

    private static MockHttpServletRequest apiCall() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tasks");
        request.addHeader("Authorization", TOKEN);
        return request;
    }

    private static ApiCaller caller() {
        Set<ApiScope> scopes = EnumSet.of(ApiScope.REPORTS_READ);
        return new ApiCaller(7L, "温州平台", Role.COORDINATOR, 1L, "/1/", null, scopes);
    }
}
