package org.casecoordination.arrangement;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A provider's system, authenticated by its bearer token; its name in logs is "provider:<id>". */
public class ProviderPrincipal extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "PROVIDER";

    private final long providerId;

    public ProviderPrincipal(long providerId) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.providerId = providerId;
        setAuthenticated(true);
    }

    public long providerId() {
        return providerId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    @Override
    public String getName() {
        return "provider:" + providerId;
    }
}
