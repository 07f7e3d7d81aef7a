package nl.jeugdregie.platform.format;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link DutchFormat} in reach of every template as {@code @fmt}. */
@Configuration(proxyBeanMethods = false)
class FormatConfiguration {

	@Bean
	TemplateFormat fmt() {
		return new TemplateFormat();
	}
}
