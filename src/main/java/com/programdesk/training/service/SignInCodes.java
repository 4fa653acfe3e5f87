package com.programdesk.training.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in codes of training sessions: 32 random bytes (URL-safe Base64), of which only the SHA-256 is stored. A new code for a
 * session replaces the old one, so a photographed code of an earlier day or a guessed one finds no session.
 */
@Component
class SignInCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CODE_LENGTH = 43;

    private final JdbcClient jdbc;

    SignInCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues the session's new code (inside the caller's transaction) and returns it; only its hash is kept. */
    String issue(long sessionId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("UPDATE training_session SET token_hash = :hash, version = version + 1 WHERE id = :id")
                .param("hash", sha256(code)).param("id", sessionId).update();
        return code;
    }

    /** The session the code belongs to; a malformed, forged or replaced code finds none. */
    Optional<Long> sessionOf(String code) {
        if (code == null || code.length() != CODE_LENGTH || !code.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM training_session WHERE token_hash = :hash").param("hash", sha256(code)).query(Long.class).optional();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
