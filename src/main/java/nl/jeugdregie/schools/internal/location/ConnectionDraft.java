package nl.jeugdregie.schools.internal.location;

import java.time.LocalDate;
import nl.jeugdregie.schools.ConnectionType;
import org.jspecify.annotations.Nullable;

/** A connection as typed: checked by {@link LocationPolicy} before it becomes a {@link Connection}. */
public record ConnectionDraft(@Nullable ConnectionType type, @Nullable LocalDate since, @Nullable String reason,
		boolean realised) {

	/** The connection; call only after the rules accepted the draft. */
	Connection toConnection() {
		if (type == null || since == null) {
			throw new IllegalStateException("An unchecked connection draft");
		}
		return switch (type) {
			case BASIS -> new Connection.Basis(since);
			case EXTRA -> new Connection.Extra(since, reason == null ? "" : reason.strip(), realised);
		};
	}
}
