package org.casecoordination.arrangement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for providers' systems: 256 random bits, shown once, stored as a SHA-256 hash. A plain hash is
 * enough for random tokens (no dictionary to guess from) and lets a request find its token by one index lookup.
 */
@Service
public class ProviderTokens {

    public record NewToken(Long id, Long providerId, String label, String token) {
    }

    private final ProviderTokenRepository tokens;
    private final ProviderDirectory directory;
    private final SecureRandom random = new SecureRandom();

    ProviderTokens(ProviderTokenRepository tokens, ProviderDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
    }

    @Transactional
    public NewToken create(long providerId, String label, String createdBy) {
        Provider provider = directory.find(providerId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "cc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        ProviderToken saved = tokens.save(new ProviderToken(provider.getId(), hash(token), name, createdBy));
        return new NewToken(saved.getId(), provider.getId(), saved.getLabel(), token);
    }

    /** The provider an active token belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> providerOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token.strip())).filter(ProviderToken::isActive)
                .map(ProviderToken::getProviderId);
    }

    /**
     * The filter that authenticates "Authorization: Bearer &lt;token&gt;" as its provider, for another door that
     * providers use (FHIR).
     */
    public jakarta.servlet.Filter authenticationFilter() {
        return new ProviderTokenFilter(this);
    }

    @Transactional
    public void revoke(long providerId, long tokenId) {
        tokens.findById(tokenId).filter(t -> t.getProviderId() == providerId).ifPresent(ProviderToken::revoke);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
