package org.csphub.partners.internal;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as bcrypt hashes (adaptive: the cost is {@code csphub.security.bcrypt-strength},
 * 12 by default) behind an {@code {id}} prefix, so that the algorithm can be changed later without
 * forcing every user to reset their password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(@Value("${csphub.security.bcrypt-strength:12}") int strength) {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

}
