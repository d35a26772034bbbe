package org.casecoordination.arrangement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

    Optional<Provider> findByNameIgnoreCase(String name);

    List<Provider> findAllByOrderByNameAsc();
}
