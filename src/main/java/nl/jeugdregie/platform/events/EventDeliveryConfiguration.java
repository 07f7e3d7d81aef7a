package nl.jeugdregie.platform.events;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.DefaultEventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Asynchronous listeners on a bounded executor ({@link EventListenerExecutor}) and failed deliveries redelivered on a
 * schedule ({@link EventRedelivery}) and at start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventDeliverySettings.class)
class EventDeliveryConfiguration {

	/**
	 * The event registry keeps its bookkeeping (published, completed, resubmitted) in real time, not in the
	 * application's {@link Clock}: that clock is business time and may stand still (a demonstration or test pins
	 * "today"), and a registry whose "now" never moves would never find a publication old enough to redeliver.
	 */
	@Bean
	static BeanPostProcessor eventRegistryOnRealTime(ObjectProvider<EventPublicationRepository> repository) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DefaultEventPublicationRegistry) {
					return new DefaultEventPublicationRegistry(repository.getObject(), Clock.systemUTC());
				}
				return bean;
			}
		};
	}
}
