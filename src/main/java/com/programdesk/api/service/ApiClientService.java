package com.programdesk.api.service;

import com.programdesk.api.domain.ApiCaller;
import com.programdesk.api.domain.ApiClientRow;
import com.programdesk.api.domain.ApiScope;
import com.programdesk.api.domain.IssuedToken;
import com.programdesk.api.domain.NewApiClient;
import com.programdesk.api.domain.TokenRejection;
import com.programdesk.audit.domain.AuditAction;
import com.programdesk.audit.domain.AuditedEntity;
import com.programdesk.audit.service.AuditService;
import com.programdesk.base.service.InvalidFieldException;
import com.programdesk.base.service.TextInput;
import com.programdesk.institution.service.InstitutionService;
import com.programdesk.security.domain.Role;
import com.programdesk.security.domain.Roles;
import com.programdesk.security.service.CurrentUser;
import com.programdesk.security.service.WithoutAuthorization;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients of the regional platforms: administrators create one bound to an area or an
 * institution (within their own area), with scopes and an expiry of at most a year, and see its
 * token once; they revoke it. Requests present the token; {@link #authenticate} tells who is calling
 * or why not, and every call is audited under the client's name.
 */
@Service
@Transactional(readOnly = true)
public class ApiClientService {

    public static final int NAME_MAX = 40;
    public static final int MAX_DAYS = 366;
    static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final String SELECT = """
            SELECT c.id, c.name, c.area_id, c.institution_id, COALESCE(a.name_zh, i.name_zh) AS bound_to, a.path AS area_path,
                   c.scopes, c.small_counts_hidden, c.token_hint, c.expires_at, c.created_by, c.created_at,
                   c.revoked_by, c.revoked_at, c.last_used_at
            FROM api_client c LEFT JOIN area a ON a.id = c.area_id LEFT JOIN institution i ON i.id = c.institution_id""";
    private static final String IN_SCOPE = " WHERE (:areaScope IS NULL OR a.path LIKE :areaScope OR i.area_id IN "
            + "(SELECT s.id FROM area s WHERE s.path LIKE :areaScope))";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final InstitutionService institutions;
    private final AuditService audit;
    private final Clock clock;

    ApiClientService(JdbcClient jdbc, CurrentUser currentUser, InstitutionService institutions, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.institutions = institutions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The clients of the administrator's area (all of them for an unbound one), newest first. */
    @PreAuthorize(ADMIN)
    public List<ApiClientRow> list(int offset, int limit) {
        return jdbc.sql(SELECT + IN_SCOPE + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
                .param("areaScope", currentUser.areaPattern()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs)).list();
    }

    @PreAuthorize(ADMIN)
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + IN_SCOPE + ") x").param("areaScope", currentUser.areaPattern())
                .query(Integer.class).single();
    }

    @PreAuthorize(ADMIN)
    public Optional<ApiClientRow> find(long id) {
        return jdbc.sql(SELECT + IN_SCOPE + " AND c.id = :id").param("areaScope", currentUser.areaPattern()).param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    /**
     * Creates a client and returns its token, which is shown once. Refused at the field: no name or a
     * taken one, neither or both of area and institution, one outside the administrator's area, no
     * scope, an expiry not after today or more than a year ahead, pushing with small counts hidden.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public IssuedToken create(NewApiClient request) {
        String name = TextInput.required(request.name(), "name", NAME_MAX);
        if (request.areaId() == null && request.institutionId() == null) {
            throw new InvalidFieldException("area", "api.error.bindingRequired");
        }
        if (request.areaId() != null && request.institutionId() != null) {
            throw new InvalidFieldException("area", "api.error.bindingOne");
        }
        if (request.areaId() != null) {
            String path = jdbc.sql("SELECT path FROM area WHERE id = ?").param(request.areaId()).query(String.class).optional()
                    .orElseThrow(() -> new InvalidFieldException("area", "api.error.bindingRequired"));
            if (!currentUser.require().coversArea(path)) {
                throw new InvalidFieldException("area", "api.error.outsideArea");
            }
        } else if (!currentUser.require().canReach(request.institutionId())) {
            throw new InvalidFieldException("institution", "api.error.outsideArea");
        }
        if (request.scopes().isEmpty()) {
            throw new InvalidFieldException("scopes", "api.error.scopesRequired");
        }
        boolean hidden = request.smallCountsHidden() && request.areaId() != null;
        if (hidden && request.scopes().contains(ApiScope.REPORTS_WRITE)) {
            throw new InvalidFieldException("smallCountsHidden", "api.error.hiddenCannotWrite");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate expires = request.expiresOn();
        if (expires == null) {
            throw new InvalidFieldException("expiresOn", "validation.required");
        }
        if (!expires.isAfter(today) || expires.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("expiresOn", "api.error.expiry");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM api_client WHERE name = ?").param(name).query(Integer.class).single() > 0) {
            throw new InvalidFieldException("name", "api.error.nameTaken");
        }
        String token = ApiTokens.generate();
        LocalDateTime now = LocalDateTime.now(clock);
        String scopes = request.scopes().stream().sorted().map(ApiScope::code).collect(Collectors.joining(","));
        long id;
        try {
            jdbc.sql("""
                    INSERT INTO api_client (name, area_id, institution_id, scopes, small_counts_hidden, token_hash, token_hint,
                                            expires_at, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(name, request.areaId(), request.institutionId(), scopes, hidden, ApiTokens.hash(token), ApiTokens.hint(token),
                            expires.plusDays(1).atStartOfDay(), currentUser.actorName(), now)
                    .update();
            id = jdbc.sql("SELECT id FROM api_client WHERE name = ?").param(name).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("name", "api.error.nameTaken");
        }
        audit.record(AuditAction.CREATE, AuditedEntity.API_CLIENT, id, "name: " + name + ", "
                + (request.areaId() != null ? "areaId: " + request.areaId() : "institutionId: " + request.institutionId())
                + ", scopes: " + scopes + ", expires: " + expires + (hidden ? ", smallCountsHidden" : ""));
        ApiClientRow row = find(id).orElseThrow();
        return new IssuedToken(row, token);
    }

    /** Revokes the client's token for good; revoking it again changes nothing. */
    @PreAuthorize(ADMIN)
    @Transactional
    public ApiClientRow revoke(long id) {
        ApiClientRow client = find(id).orElseThrow(() -> new AccessDeniedException("API client " + id + " is outside this user's scope"));
        if (!client.revoked()) {
            jdbc.sql("UPDATE api_client SET revoked_by = ?, revoked_at = ?, version = version + 1 WHERE id = ? AND revoked_at IS NULL")
                    .params(currentUser.actorName(), LocalDateTime.now(clock), id).update();
            audit.record(AuditAction.REVOKE, AuditedEntity.API_CLIENT, id, "name: " + client.name());
        }
        return find(id).orElseThrow();
    }

    /** The caller behind a bearer token, or why it is refused. Called by the API's security filter before anyone is authenticated. */
    @WithoutAuthorization("checks the credential of a request, before there is a principal")
    public Authentication authenticate(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return Authentication.refused(TokenRejection.MISSING);
        }
        if (!ApiTokens.wellFormed(token)) {
            return Authentication.refused(TokenRejection.MALFORMED);
        }
        Optional<Authentication> found = jdbc.sql(SELECT + " WHERE c.token_hash = ?").param(ApiTokens.hash(token))
                .query((rs, n) -> {
                    ApiClientRow row = row(rs);
                    if (row.revoked()) {
                        return Authentication.refused(TokenRejection.REVOKED);
                    }
                    if (row.expired(LocalDateTime.now(clock))) {
                        return Authentication.refused(TokenRejection.EXPIRED);
                    }
                    return Authentication.accepted(caller(row, rs.getString("area_path")));
                }).optional();
        return found.orElse(Authentication.refused(TokenRejection.UNKNOWN));
    }

    /** The institutions a caller reaches: those of its area (looked up per request, like a person's), or its institution and branches. */
    @WithoutAuthorization("computes the principal of an authenticated API request")
    public Set<Long> reachOf(ApiCaller caller) {
        return caller.institutionId() == null ? Set.of() : institutions.reachableFrom(caller.institutionId(), caller.role());
    }

    /** Audits one call under the client's name and notes when the token was last used (to the minute). */
    @WithoutAuthorization("records a call that the API's security chain has authenticated")
    @Transactional
    public void recordCall(ApiCaller caller, String request, int status) {
        audit.recordFor(caller.actor(), AuditAction.API_CALL, AuditedEntity.API_CLIENT, caller.clientId(), request + " → " + status);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("UPDATE api_client SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(now, caller.clientId(), now.minus(LAST_USED_GRANULARITY)).update();
    }

    private static ApiCaller caller(ApiClientRow row, @Nullable String areaPath) {
        Role role = row.institutionId() != null ? Role.INSTITUTION : row.smallCountsHidden() ? Role.VIEWER : Role.COORDINATOR;
        return new ApiCaller(row.id(), row.name(), role, row.areaId(), areaPath, row.institutionId(), row.scopes());
    }

    private static ApiClientRow row(ResultSet rs) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(",")).map(ApiScope::ofCode).flatMap(Optional::stream).forEach(scopes::add);
        return new ApiClientRow(rs.getLong("id"), rs.getString("name"), rs.getObject("area_id", Long.class),
                rs.getObject("institution_id", Long.class), rs.getString("bound_to"), scopes, rs.getBoolean("small_counts_hidden"),
                rs.getString("token_hint"), rs.getObject("expires_at", LocalDateTime.class), rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class), rs.getString("revoked_by"),
                rs.getObject("revoked_at", LocalDateTime.class), rs.getObject("last_used_at", LocalDateTime.class));
    }

    /** The answer to a token: the caller, or the reason it was refused. */
    public record Authentication(@Nullable ApiCaller caller, @Nullable TokenRejection rejection) {

        static Authentication accepted(ApiCaller caller) {
            return new Authentication(caller, null);
        }

        static Authentication refused(TokenRejection rejection) {
            return new Authentication(null, rejection);
        }
    }
}
