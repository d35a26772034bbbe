package org.casecoordination.casefile;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The flags a case shows until they are dealt with (the case page's red banner, the case API's "flags"). */
@Component("caseFlags")
public class CaseFlags {

    private final CaseFlagRepository flags;

    CaseFlags(CaseFlagRepository flags) {
        this.flags = flags;
    }

    /** For a case the caller was already allowed to see (it came through {@link CaseFileService#find}). */
    @Transactional(readOnly = true)
    public List<CaseFlag> open(CareCase careCase) {
        return flags.findByCareCaseIdAndResolvedAtIsNullOrderByRaisedAtAsc(careCase.getId());
    }
}
