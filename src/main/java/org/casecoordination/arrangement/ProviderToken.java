package org.casecoordination.arrangement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A provider system's API token; only its SHA-256 hash is kept. */
@Entity
@Table(name = "provider_token")
public class ProviderToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_token_seq")
    @SequenceGenerator(name = "provider_token_seq", sequenceName = "provider_token_seq", allocationSize = 50)
    private Long id;

    private Long providerId;
    private String tokenHash;
    private String label;
    private Instant createdAt;
    private String createdBy;
    private Instant revokedAt;

    protected ProviderToken() {
    }

    ProviderToken(Long providerId, String tokenHash, String label, String createdBy) {
        this.providerId = providerId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    void revoke() {
        this.revokedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getProviderId() { return providerId; }
    public String getLabel() { return label; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
}
