package org.casecoordination.security.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Password hashing and login throttling for the engine, the lockout and account status at Camunda's webapp login,
 * and the end of sessions whose access changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginLockoutProperties.class)
class LoginConfiguration {

    /** BCrypt's default cost: about 50-100 ms per hash here, slow for a guesser, quick enough for a login. */
    private static final int BCRYPT_STRENGTH = 10;

    /**
     * New and changed passwords are hashed with BCrypt. Hashes stored earlier as SHA-512 still verify: Camunda
     * always registers its SHA-512 digest as a checker itself (adding it as a custom checker again fails the start
     * with ENGINE-25002), and picks the checker by the stored {@code {ALGORITHM}} prefix.
     */
    @Bean
    ProcessEnginePlugin passwordHashingPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(BCRYPT_STRENGTH));
            }
        };
    }

    @Bean
    ProcessEnginePlugin camundaLoginThrottling() {
        return new CamundaLoginThrottling();
    }

    @Bean
    FilterRegistrationBean<CamundaWebappLoginLockout> camundaWebappLoginLockout(LoginLockout lockout,
            UserStatus userStatus, PasswordCheck passwords) {
        var registration = new FilterRegistrationBean<>(
                new CamundaWebappLoginLockout(lockout, userStatus, passwords));
        registration.addUrlPatterns(CamundaWebappLoginLockout.URL_PATTERN);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * After Spring Security and Camunda's webapp authentication: an anonymous caller is refused before any rule
     * is explained to them.
     */
    @Bean
    FilterRegistrationBean<EnginePasswordRules> enginePasswordRules(ObjectMapper json, MessageSource messages,
            LocaleResolver languages) {
        var registration = new FilterRegistrationBean<>(new EnginePasswordRules(json, messages, languages));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineIdentityChanges> engineIdentityChanges(UserStatus userStatus) {
        var registration = new FilterRegistrationBean<>(new EngineIdentityChanges(userStatus));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Before Spring Security and Camunda's webapp filters read the session's login. */
    @Bean
    FilterRegistrationBean<EndedSessions> endedSessions(UserStatus userStatus) {
        var registration = new FilterRegistrationBean<>(new EndedSessions(userStatus));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
