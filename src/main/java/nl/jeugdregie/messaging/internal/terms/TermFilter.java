package nl.jeugdregie.messaging.internal.terms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.paging.PageChoice;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * What the worklist shows: which flow (null: all), which status, which provider (null: all), whose turn (null: both
 * sides), which page of how many. Pages use Dutch words ({@code ?status=verlopen&stroom=declaratie}), the API English
 * names; both are accepted everywhere.
 */
public record TermFilter(@Nullable MessageFlow flow, StatusFilter status, @Nullable AgbCode provider,
		IjwMessageType.@Nullable Side side, int page, int size) implements PageChoice {

	static final int DEFAULT_SIZE = 25;
	static final int MAX_SIZE = 100;

	public TermFilter {
		if (page < 1 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("A page from 1, of 1 to " + MAX_SIZE + " rows");
		}
	}

	TermFilter onPage(int other) {
		return new TermFilter(flow, status, provider, side, other, size);
	}

	TermFilter forProvider(AgbCode own) {
		return new TermFilter(flow, status, own, side, page, size);
	}

	/** The status filter: by default what needs attention (open, overdue, or met late). */
	public enum StatusFilter implements Labelled {
		ATTENTION("aandacht"), OVERDUE("verlopen"), DUE("open"),
		LATE("te-laat"), IN_TIME("op-tijd"), ALL("alle");

		private final String word;

		StatusFilter(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

		public String label() {
			return dutchName();
		}

		static Optional<StatusFilter> read(@Nullable String value) {
			if (value == null || value.isBlank()) {
				return Optional.of(ATTENTION);
			}
			var wanted = value.strip().toLowerCase(Locale.ROOT);
			return Arrays.stream(values())
					.filter(s -> s.word.equals(wanted) || s.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
		}
	}

	/** A flow from its word or API name; empty text or "alle" is every flow (null inside the optional's absence). */
	static Optional<Optional<MessageFlow>> flow(@Nullable String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("alle") || value.strip().equalsIgnoreCase("all")) {
			return Optional.of(Optional.empty());
		}
		var wanted = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(MessageFlow.values()).filter(f -> f.word().equals(wanted) || f.apiName().equals(wanted))
				.findFirst().map(Optional::of);
	}

	/** Whose turn: "gemeente"/"municipality", "aanbieder"/"provider", or both sides. */
	static Optional<Optional<IjwMessageType.Side>> side(@Nullable String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("alle") || value.strip().equalsIgnoreCase("all")) {
			return Optional.of(Optional.empty());
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "gemeente", "municipality" -> Optional.of(Optional.of(IjwMessageType.Side.MUNICIPALITY));
			case "aanbieder", "provider" -> Optional.of(Optional.of(IjwMessageType.Side.PROVIDER));
			default -> Optional.empty();
		};
	}

	/** A provider by its AGB code; empty text is every provider. */
	static Optional<Optional<AgbCode>> provider(@Nullable String value) {
		if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("alle") || value.strip().equalsIgnoreCase("all")) {
			return Optional.of(Optional.empty());
		}
		return AgbCode.parse(value).map(Optional::of);
	}
}
