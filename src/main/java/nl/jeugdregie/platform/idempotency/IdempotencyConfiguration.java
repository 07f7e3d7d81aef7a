package nl.jeugdregie.platform.idempotency;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	/** Wraps the request data value processor (Spring Security's CSRF fields) so forms carry a one-time token. */
	@Bean
	static BeanPostProcessor idempotentForms() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof RequestDataValueProcessor processor && !(bean instanceof IdempotentFormFields)
						? new IdempotentFormFields(processor) : bean;
			}
		};
	}
}
