package org.casecoordination.casefile;

import java.util.Optional;

/** Finding a case record by its number where it is looked up many times in one transaction. */
public interface CaseLookup {

    /**
     * The case with this number. Inside a transaction that has loaded it already (an engine command's listeners
     * and expressions look the same case up several times), the answer comes from the persistence context:
     * no query and no flush, unlike {@link CaseRepository#findByCaseNumber}. The client is loaded lazily.
     */
    Optional<CareCase> lookUp(String caseNumber);
}
