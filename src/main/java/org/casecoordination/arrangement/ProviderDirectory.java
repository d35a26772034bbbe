package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider directory: search for coordinators, changes by administrators. */
@Service
public class ProviderDirectory {

    private final ProviderRepository providers;
    private final ErrorWords words;

    ProviderDirectory(ProviderRepository providers, ErrorWords words) {
        this.providers = providers;
        this.words = words;
    }

    @Transactional(readOnly = true)
    public List<Provider> search(ProviderSearch search) {
        return search.apply(providers.findAllByOrderByNameAsc());
    }

    @Transactional(readOnly = true)
    public Provider find(long id) {
        return providers.findById(id).orElseThrow(() -> new ProviderNotFoundException(id));
    }

    /** Creates the provider, or updates the one of the same name; refused with the reasons, nothing written. */
    @Transactional
    public Provider save(Long id, ProviderForm form) {
        List<FieldError> errors = new ArrayList<>();
        ProviderDetails details = form.validate(errors, words).orElse(null);
        if (details != null) {
            providers.findByNameIgnoreCase(details.name()).filter(other -> !other.getId().equals(id))
                    .filter(other -> id != null)
                    .ifPresent(other -> errors.add(new FieldError("name", words.text("providerForm.error.nameTaken"))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidProviderException(errors);
        }
        Provider provider = id != null ? find(id) : providers.findByNameIgnoreCase(details.name()).orElse(null);
        if (provider == null) {
            return providers.save(new Provider(details));
        }
        provider.update(details);
        return provider;
    }
}
