package nl.jeugdregie.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Dutch municipal norms count calendar days in Dutch time, so the clock's
 * zone is Europe/Amsterdam. {@code jeugdregie.clock.fixed} pins the clock (tests, demonstrations).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock(@Value("${jeugdregie.clock.fixed:}") @Nullable String fixed) {
		if (fixed == null || fixed.isBlank()) {
			return Clock.system(DUTCH_TIME);
		}
		return Clock.fixed(Instant.parse(fixed), DUTCH_TIME);
	}
}
