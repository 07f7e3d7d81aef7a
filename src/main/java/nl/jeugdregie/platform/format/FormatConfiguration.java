package nl.jeugdregie.platform.format;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link DutchFormat} in reach of every template as {@code @fmt}. */
@Configuration(proxyBeanMethods = false)
class FormatConfiguration {

	@Bean
	TemplateFormat fmt() {
		return new TemplateFormat();
	}

	/** Month, quarter, half-year and year choices for period selects, as {@code @periods} (issue 13 item 5). */
	@Bean
	PeriodChoices periods(Clock clock) {
		return new PeriodChoices(clock);
	}
}
