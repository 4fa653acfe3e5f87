package com.programdesk.api.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** API tokens: 32 random bytes as {@code pd_<base64url>}, stored as the hex SHA-256 of the whole token. */
final class ApiTokens {

    static final String PREFIX = "pd_";
    /** {@code pd_} and 43 base64url characters (32 bytes without padding). */
    static final Pattern SHAPE = Pattern.compile("pd_[A-Za-z0-9_-]{43}");
    static final int HINT = 7;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's first characters ({@code pd_Ab3x}), shown in the list to tell clients' tokens apart. */
    static String hint(String token) {
        return token.substring(0, HINT);
    }
}
