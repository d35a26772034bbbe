package org.casecoordination.security.login;

import jakarta.servlet.ServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What Camunda's identity has no field for: a deactivated or deleted user, a temporary password to be changed, and
 * the instant from which a user's sessions count. Every door asks here: the login form and HTTP Basic
 * ({@code CamundaIdentityAuthenticationProvider}), Camunda's webapp login ({@link CamundaWebappLoginLockout}) and
 * every request with a session ({@link EndedSessions}). Kept in the table {@code user_status}, so all nodes agree.
 */
@Service
public class UserStatus {

    /** One user's row; a user without a row is active, with nothing to change and no session ended. */
    record Row(boolean active, boolean deleted, boolean mustChangePassword, Instant sessionsValidFrom) {
        static final Row DEFAULT = new Row(true, false, false, null);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    UserStatus(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Why this user may not log in (deactivated or deleted), in English (Camunda's login is English), or empty. */
    public Optional<String> loginRefusal(String userId) {
        return refusal(userId).map(Refusal::english);
    }

    /** The same refusal as an exception for the app's login, whose page says it in the reader's language. */
    public Optional<AccountDisabledException> loginRefused(String userId) {
        return refusal(userId).map(AccountDisabledException::new);
    }

    /** A refused login's words: a message key and the English. */
    record Refusal(String messageKey, String english) {
    }

    private Optional<Refusal> refusal(String userId) {
        Row row = row(userId);
        if (row.deleted()) {
            return Optional.of(new Refusal("login.deleted", "This account has been deleted."));
        }
        return row.active() ? Optional.empty() : Optional.of(new Refusal("login.deactivated",
                "This account is deactivated. Ask an administrator to reactivate it."));
    }

    public boolean isActive(String userId) {
        Row row = row(userId);
        return row.active() && !row.deleted();
    }

    public boolean wasDeleted(String userId) {
        return row(userId).deleted();
    }

    public boolean mustChangePassword(String userId) {
        return row(userId).mustChangePassword();
    }

    /** The same, asked by a filter with the request (Spring Security's filters run before the request context). */
    boolean mustChangePassword(ServletRequest request, String userId) {
        return row(request, userId).mustChangePassword();
    }

    /**
     * A session whose login was at {@code loginAt} may go on: the user is active and nothing ended it since. Asked
     * with the request itself: the check runs before Spring's request context exists.
     */
    boolean sessionMayContinue(ServletRequest request, String userId, Instant loginAt) {
        Row row = row(request, userId);
        return row.active() && !row.deleted()
                && (row.sessionsValidFrom() == null || !loginAt.isBefore(row.sessionsValidFrom()));
    }

    /** Roles or teams changed: the user's sessions end now, on every node and door, and the next login reads them. */
    public void endSessions(String userId) {
        update(userId, "sessions_valid_from = ?", now());
    }

    public void deactivate(String userId) {
        update(userId, "active = false, sessions_valid_from = ?", now());
    }

    public void reactivate(String userId) {
        update(userId, "active = true");
    }

    public void markDeleted(String userId) {
        update(userId, "deleted = true, active = false, must_change_password = false, sessions_valid_from = ?",
                now());
    }

    /** An administrator set a temporary password: sessions end and the next login leads to the change page. */
    public void requirePasswordChange(String userId) {
        update(userId, "must_change_password = true, sessions_valid_from = ?", now());
    }

    public void passwordChanged(String userId) {
        forget(userId);
        jdbc.update("update user_status set must_change_password = false where user_id = ?", userId);
    }

    /**
     * The row, read once per request: a page's request asks for it twice (the session's check and the password
     * change gate, both before the page's work), and the same request would only read the same row again. Every
     * request still reads it fresh, so a change on another node counts from the next request. A change in this
     * request forgets it. Kept as an attribute of the servlet request, which Spring's request context
     * ({@link RequestContextHolder}) shows as its request scope once it exists.
     */
    private Row row(String userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(userId);
        }
        String name = MEMO + userId;
        if (request.getAttribute(name, RequestAttributes.SCOPE_REQUEST) instanceof Row held) {
            return held;
        }
        Row row = read(userId);
        request.setAttribute(name, row, RequestAttributes.SCOPE_REQUEST);
        return row;
    }

    /**
     * The same for the filters, which in Tomcat run before Spring's request context is set up (it is the
     * DispatcherServlet's): without the request the session's check ({@link EndedSessions}) and the password-change
     * gate ({@link PasswordChangeRequired}) each read the row, twice per page in production, while MockMvc, which
     * sets the context before every filter, counted once.
     */
    private Row row(ServletRequest request, String userId) {
        String name = MEMO + userId;
        if (request.getAttribute(name) instanceof Row held) {
            return held;
        }
        Row row = read(userId);
        request.setAttribute(name, row);
        return row;
    }

    private static final String MEMO = UserStatus.class.getName() + ".row.";

    private static void forget(String userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(MEMO + userId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private Row read(String userId) {
        List<Row> rows = jdbc.query("select active, deleted, must_change_password, sessions_valid_from "
                        + "from user_status where user_id = ?",
                (rs, n) -> {
                    OffsetDateTime from = rs.getObject(4, OffsetDateTime.class);
                    return new Row(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3),
                            from == null ? null : from.toInstant());
                }, userId);
        return rows.isEmpty() ? Row.DEFAULT : rows.get(0);
    }

    private void update(String userId, String assignments, Object... values) {
        forget(userId);
        ensureRow(userId);
        Object[] arguments = new Object[values.length + 1];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = userId;
        jdbc.update("update user_status set " + assignments + " where user_id = ?", arguments);
    }

    /**
     * The row is inserted in a transaction of its own: on PostgreSQL a duplicate key (another node inserted it
     * first) aborts the transaction it happens in, which must not be the caller's.
     */
    private void ensureRow(String userId) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into user_status (user_id, active, "
                    + "deleted, must_change_password) select ?, true, false, false where not exists "
                    + "(select 1 from user_status where user_id = ?)", userId, userId));
        } catch (DuplicateKeyException insertedMeanwhile) {
            // the row is there, which is all we wanted
        }
    }

    private static OffsetDateTime now() {
        return Instant.now().atOffset(ZoneOffset.UTC);
    }
}
