package org.casecoordination.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderTokenRepository extends JpaRepository<ProviderToken, Long> {

    Optional<ProviderToken> findByTokenHash(String tokenHash);

    List<ProviderToken> findByProviderIdOrderByCreatedAtDesc(Long providerId);
}
