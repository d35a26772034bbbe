package org.casecoordination.security.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's password hashing with BCrypt (slow on purpose, unlike Camunda's default SHA-512) from
 * spring-security-crypto, already on the classpath; Argon2 would need BouncyCastle. Camunda hands over the password
 * with its salt appended and stores the result as {@code {BCRYPT-SHA256}...}. The input is first reduced to a
 * Base64 SHA-256 digest (44 characters), because BCrypt refuses inputs longer than 72 bytes and a long password
 * plus Camunda's salt would exceed that.
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT-SHA256";

    private final BCryptPasswordEncoder bcrypt;

    BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(digest(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(digest(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    private static String digest(String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
