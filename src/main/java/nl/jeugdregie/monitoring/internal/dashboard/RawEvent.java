package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One intake event as monitoring stores it in {@code monitoring_event}: codes and dates only. Fields that the
 * kind does not carry are null.
 */
public record RawEvent(UUID helpRequest, Kind kind, String dedupKey, String municipality, UUID team, LocalDate occurredOn,
		@Nullable LocalDate treatmentDeadline, @Nullable String referrer, @Nullable String crisis,
		@Nullable String channel, @Nullable String requestType, @Nullable Integer age, @Nullable UUID earlierRequest,
		@Nullable Integer maxConversations, @Nullable String state, @Nullable String outcome, @Nullable Integer number,
		@Nullable LocalDate deadline) {

	public enum Kind {
		REGISTERED, TREATMENT_STARTED, CONVERSATION, TRANSITIONED
	}
}
