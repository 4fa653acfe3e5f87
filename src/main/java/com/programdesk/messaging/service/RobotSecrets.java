package com.programdesk.messaging.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts robots' webhook addresses and signing secrets (AES-256-GCM, a random 96-bit nonce per value, stored as
 * base64 of nonce and ciphertext with its tag). The key is {@code programdesk.messaging.secret-key} (base64 of 32
 * bytes) or, when unset, generated once into {@code <data-dir>/secrets/messaging-key}, readable by the owner only,
 * like the embedded database's root password. Every app node needs the same key.
 */
@Component
class RobotSecrets {

    static final String KEY_FILE = "secrets/messaging-key";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    RobotSecrets(@Value("${programdesk.messaging.secret-key:}") String configured, @Value("${programdesk.data-dir:./data}") String dataDir) {
        byte[] bytes = configured.isBlank() ? readOrCreate(Path.of(dataDir).resolve(KEY_FILE)) : Base64.getDecoder().decode(configured.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("programdesk.messaging.secret-key must be 32 bytes in base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Fails when the value was sealed with another key or changed. */
    String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a robot's webhook: another secret key (programdesk.messaging.secret-key)?", e);
        }
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another node on the same data folder made it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
