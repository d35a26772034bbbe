package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class PasswordHashingTests {

    @Autowired
    IdentityService identityService;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void aSavedPasswordIsStoredAsBcryptAndLogsIn() throws Exception {
        String userId = logins.newUser("hashing-tester");

        String stored = storedUser(userId).getPassword();
        assertThat(stored).startsWith("{BCRYPT-SHA256}$2a$10$").doesNotContain(TestLogins.PASSWORD);
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(userId, TestLogins.WRONG)).isFalse();
        int status = mvc.perform(get("/api/cases/NO-SUCH-CASE").with(httpBasic(userId, TestLogins.PASSWORD)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(401);
    }

    @Test
    void aPasswordLongerThanBcryptTakesStillCounts() {
        String userId = logins.newUser("hashing-tester");
        String longPassword = "a".repeat(100);
        UserEntity user = storedUser(userId);
        user.setPassword(longPassword);
        identityService.saveUser(user);

        assertThat(identityService.checkPassword(userId, longPassword)).isTrue();
        assertThat(identityService.checkPassword(userId, "a".repeat(99) + "b")).isFalse();
    }

    @Test
    void aPasswordHashedEarlierWithCamundasSha512StillVerifies() {
        String userId = logins.newUser("hashing-tester");
        String salt = storedUser(userId).getSalt();
        jdbc.update("update ACT_ID_USER set PWD_ = ? where ID_ = ?",
                "{SHA-512}" + new Sha512HashDigest().encrypt("legacy-password-1" + salt), userId);

        assertThat(identityService.checkPassword(userId, "legacy-password-1")).isTrue();
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isFalse();
    }

    private UserEntity storedUser(String userId) {
        return (UserEntity) identityService.createUserQuery().userId(userId).singleResult();
    }
}
