package org.casecoordination.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every change of access rights (authorizations) and memberships that a logged-in person makes through the engine
 * is checked against {@link AccessRightsRules} and written to the app's audit log, with its outcome. It sits in
 * the engine's command chain, so it covers every door alike: /engine-rest, /engine-rest/engine/{name}, Camunda
 * Admin (which writes through /camunda/api/engine/...), and Java calls while the engine knows the caller. A
 * refused change throws Camunda's {@link AuthorizationException}, which the REST layers answer with 403.
 *
 * <p>Calls without a logged-in person are the app's own code and pass unchecked and unaudited here: the start-up
 * grants ({@link EngineAuthorizationGrants}, fixed in code, rerun at every start, nobody's decision) and the app's
 * user pages, which check their own rules and write their own audit row for each change
 * ({@code UserAdministration}), so that one change is one row.
 *
 * <p>Camunda's command classes have no getters for what they change, so their fields are read by reflection. If a
 * later Camunda renames a field, the change is refused for logged-in people (never allowed unchecked).
 */
@Component
class AdminAuthorizationGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AdminAuthorizationGuard.class);
    /** Refusals read like the REST answer they become. */
    static final String REFUSED = "403";

    private final ObjectProvider<AuditLog> auditLog;
    private ProcessEngineConfigurationImpl configuration;

    AdminAuthorizationGuard(ObjectProvider<AuditLog> auditLog) {
        this.auditLog = auditLog;
    }

    /** Before the transaction interceptor: a success is reported only once the engine's transaction committed. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    }

    private List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(0, new Guard()); // each chain needs its own instance: the chain sets its "next"
        return interceptors;
    }

    /** One change to access rights or memberships, in words, and why it is refused (empty: allowed). */
    record Change(AuditAction action, String description, Optional<String> refusal) {
    }

    private final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof SaveAuthorizationCmd || command instanceof DeleteAuthorizationCmd
                    || command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd)) {
                return next.execute(command);
            }
            Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
            if (caller == null || caller.getUserId() == null) {
                return next.execute(command); // the app's own code: see the class comment
            }
            Change change = change(command, caller.getUserId());
            if (change.refusal().isPresent()) {
                audit(caller.getUserId(), change, REFUSED);
                throw new AuthorizationException(change.refusal().get());
            }
            T result;
            try {
                result = next.execute(command);
            } catch (AuthorizationException refused) {
                audit(caller.getUserId(), change, REFUSED);
                throw refused;
            } catch (RuntimeException failed) {
                audit(caller.getUserId(), change, AuditEvent.FAILURE);
                throw failed;
            }
            audit(caller.getUserId(), change, AuditEvent.SUCCESS);
            return result;
        }
    }

    private Change change(Command<?> command, String actor) {
        try {
            if (command instanceof SaveAuthorizationCmd) {
                AuthorizationEntity authorization = (AuthorizationEntity) field(command, SaveAuthorizationCmd.class,
                        "authorization");
                String what = authorization.getId() == null ? describe(authorization)
                        : "changed access right " + authorization.getId() + " to: " + describe(authorization);
                return new Change(AuditAction.ACCESS_RIGHTS, what,
                        AccessRightsRules.refusal(authorization.getAuthorizationType(),
                                authorization.getResource(), authorization.getPermissions()));
            }
            if (command instanceof DeleteAuthorizationCmd) {
                String id = (String) field(command, DeleteAuthorizationCmd.class, "authorizationId");
                AuthorizationEntity stored = configuration.getCommandExecutorTxRequired().execute(context ->
                        id == null ? null : context.getDbEntityManager().selectById(AuthorizationEntity.class, id));
                return new Change(AuditAction.ACCESS_RIGHTS, "removed access right " + id
                        + (stored == null ? "" : " (" + describe(stored) + ")"), Optional.empty());
            }
            String userId = (String) field(command, command.getClass(), "userId");
            String groupId = (String) field(command, command.getClass(), "groupId");
            if (command instanceof CreateMembershipCmd) {
                return new Change(AuditAction.ADMINISTRATION, "added " + userId + " to " + groupId,
                        AccessRightsRules.membershipRefusal(actor, userId, groupId));
            }
            return new Change(AuditAction.ADMINISTRATION, "removed " + userId + " from " + groupId, Optional.empty());
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            log.error("Cannot read {}; refused for {}", command.getClass().getName(), actor, unreadable);
            return new Change(AuditAction.ADMINISTRATION, "a change of access rights or memberships ("
                    + command.getClass().getSimpleName() + ")", Optional.of(AccessRightsRules.UNREADABLE));
        }
    }

    /** Camunda's commands keep what they change in non-public fields without getters. */
    private static Object field(Object command, Class<?> owner, String name) throws ReflectiveOperationException {
        for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(owner.getName() + "." + name);
    }

    /** "granted group camunda-admin ALL on process instance *", "revoked user cora READ on filter 42". */
    String describe(AuthorizationEntity authorization) {
        boolean revoke = authorization.getAuthorizationType() == AUTH_TYPE_REVOKE;
        String who = authorization.getAuthorizationType() == AUTH_TYPE_GLOBAL
                || Authorization.ANY.equals(authorization.getUserId()) ? "everyone"
                : authorization.getUserId() != null ? "user " + authorization.getUserId()
                : "group " + authorization.getGroupId();
        Integer type = authorization.getResource();
        String resource = type == null ? "no resource" : AccessRightsRules.resource(type)
                .map(known -> known.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse("resource type " + type);
        // a revocation stores what is left: the revoked bits are the ones cleared
        int bits = revoke ? ~authorization.getPermissions() & Integer.MAX_VALUE : authorization.getPermissions();
        return (revoke ? "revoked " : "granted ") + who + " " + permissions(type, bits) + " on " + resource + " "
                + authorization.getResourceId();
    }

    private String permissions(Integer resourceType, int bits) {
        if (bits == Integer.MAX_VALUE) {
            return "ALL";
        }
        if (bits == 0) {
            return "NONE";
        }
        StringJoiner names = new StringJoiner(", ");
        int named = 0;
        if (resourceType != null) {
            for (Permission permission : configuration.getPermissionProvider()
                    .getPermissionsForResource(resourceType)) {
                int value = permission.getValue();
                if (value != 0 && value != Integer.MAX_VALUE && (bits & value) == value) {
                    names.add(permission.getName());
                    named |= value;
                }
            }
        }
        if ((bits & ~named) != 0) {
            names.add("bits " + Integer.toHexString(bits & ~named));
        }
        return names.toString();
    }

    /**
     * One row per change, refused ones too (the audit log writes in its own transaction). A row that cannot be
     * written does not undo a change that has already committed; it is logged for operations.
     */
    private void audit(String actor, Change change, String outcome) {
        try {
            auditLog.getObject().recordAs(actor, change.action(), change.description(), outcome);
        } catch (RuntimeException failed) {
            log.error("Audit row not written for {} by {} ({}): {}", change.action(), actor, outcome,
                    failed.toString());
        }
    }
}
