package org.csphub.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module injects, so that rules about time can be tested. UK local time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId UK = ZoneId.of("Europe/London");

	@Bean
	Clock clock() {
		return Clock.system(UK);
	}

}
