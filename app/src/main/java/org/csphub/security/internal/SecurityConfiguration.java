package org.csphub.security.internal;

import java.time.Clock;
import java.time.Duration;

import org.csphub.audit.AuditLog;
import org.csphub.partners.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The web security rules. Public: the sign-in page, static assets, the accessibility statement and
 * the error page. Everything else needs a signed-in user; which roles reach which page is declared
 * on each controller with {@code @PreAuthorize} (a test checks that none is left undeclared).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/sign-in", "/accessibility", "/error", "/assets/**", "/favicon.ico" };

	@Bean
	SecurityFilterChain web(HttpSecurity http, SessionRegistry sessionRegistry, AuditLog audit, Clock clock,
			UserAccounts accounts,
			@Value("${csphub.security.absolute-session-timeout:8h}") Duration absoluteTimeout) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/sign-in")
			.loginProcessingUrl("/sign-in")
			.usernameParameter("username")
			.passwordParameter("password")
			.defaultSuccessUrl("/", false)
			.failureHandler(new SignInFailureHandler())
			.permitAll());
		http.logout(logout -> logout.logoutUrl("/sign-out")
			.addLogoutHandler(new SignOutAuditor(audit))
			.logoutSuccessUrl("/sign-in?signed-out")
			.deleteCookies("CSPHUB_SESSION")
			.permitAll());
		http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
			.invalidSessionUrl("/sign-in?timeout")
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/sign-in?ended"));
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new AuditedAccessDeniedHandler(audit)));
		http.headers(headers -> headers.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions(options -> {
			}));
		http.addFilterAfter(new AbsoluteSessionTimeoutFilter(absoluteTimeout, clock, audit), SecurityContextHolderFilter.class);
		http.addFilterAfter(new ActiveAccountFilter(accounts), AbsoluteSessionTimeoutFilter.class);
		http.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
