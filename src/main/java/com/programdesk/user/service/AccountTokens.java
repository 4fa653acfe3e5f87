package com.programdesk.user.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The single-use links of password reset and e-mail verification. The link carries 256 random bits;
 * the database keeps only their SHA-256, so a copy of the table opens no account.
 */
@Component
class AccountTokens {

    enum Purpose { PASSWORD_RESET, EMAIL_VERIFICATION }

    /** An unused, unexpired token: whose it is and, for a verification, the address it confirms. */
    record Token(long id, long userId, String email) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the user; the caller's transaction stores its hash. */
    String issue(long userId, Purpose purpose, String email, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO account_token (user_id, purpose, token_hash, email, created_at, expires_at)
                VALUES (:user, :purpose, :hash, :email, :now, :expires)""")
                .param("user", userId).param("purpose", purpose.name()).param("hash", sha256(token))
                .param("email", email).param("now", now).param("expires", now.plus(validity)).update();
        return token;
    }

    /** The token when it exists for this purpose, is unused and unexpired; locks its row until the transaction ends. */
    Optional<Token> findOpen(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, user_id, email FROM account_token
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                .param("hash", sha256(token)).param("purpose", purpose.name()).param("now", LocalDateTime.now(clock))
                .query((rs, row) -> new Token(rs.getLong("id"), rs.getLong("user_id"), rs.getString("email")))
                .optional();
    }

    /** Marks every open token of the user for this purpose used (the one just followed among them). */
    void useAll(long userId, Purpose purpose) {
        jdbc.sql("UPDATE account_token SET used_at = :now WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL")
                .param("now", LocalDateTime.now(clock)).param("user", userId).param("purpose", purpose.name()).update();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
