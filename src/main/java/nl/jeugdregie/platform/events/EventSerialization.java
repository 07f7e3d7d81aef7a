package nl.jeugdregie.platform.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the event publication registry stores an event: as JSON written and read by the application's
 * {@link JsonMapper}, exactly as Spring Modulith's own serializer does, but with the mapper looked up once. Modulith's
 * looks the mapper bean up in the context for every event it stores or reads (about 3 % of the JVM's time per
 * registration in the P1 profile, issue 19, ADR 0053).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper json) {
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return json.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return json.readerFor(type).readValue(serialized.toString());
			}
		};
	}
}
