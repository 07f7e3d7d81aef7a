package nl.jeugdregie.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19 P1 (ADR 0053): the event publication registry stores events with the application's JSON mapper, looked up
 * once: the same JSON as Spring Modulith's own serializer writes, read back into an equal event.
 */
@IntegrationTest
class EventSerializationIntegrationTests {

	record Registered(UUID helpRequest, LocalDate registeredOn, Integer ageAtRegistration, String earlierRequest) {}

	@Autowired EventSerializer serializer;
	@Autowired JsonMapper json;

	@Test
	@DisplayName("Issue 19 P1: the registry's serializer is the application's, writing the mapper's JSON and reading it back")
	void storesEventsAsTheApplicationsMapperWritesThem() {
		var event = new Registered(UUID.randomUUID(), LocalDate.of(2026, 10, 1), 11, null);

		var stored = serializer.serialize(event);

		assertThat(serializer.getClass().getName()).startsWith(EventSerialization.class.getName());
		assertThat(stored).isEqualTo(json.writeValueAsString(event));
		assertThat(serializer.deserialize(stored, Registered.class)).isEqualTo(event);
	}
}
