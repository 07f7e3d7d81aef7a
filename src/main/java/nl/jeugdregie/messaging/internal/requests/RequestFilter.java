package nl.jeugdregie.messaging.internal.requests;

import java.util.ArrayList;
import java.util.Optional;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * The worklist's filter, parsed from the query string: status (default: still to answer), provider (AGB code),
 * type (JW315 request for an allocation, JW317 request for a change) and the page (50 a page unless asked).
 */
public record RequestFilter(StatusFilter status, @Nullable String provider, @Nullable IjwMessageType type, int page, int size)
		implements nl.jeugdregie.platform.paging.PageChoice {

	public enum StatusFilter implements Labelled {
		TO_ANSWER("te-beantwoorden"), OPEN("open"), UNDER_INVESTIGATION("in-onderzoek"), SETTLED("afgehandeld"),
		ALL("alle");

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

		static Optional<StatusFilter> ofWord(String word) {
			for (var s : values()) {
				if (s.word.equals(word)) {
					return Optional.of(s);
				}
			}
			return Optional.empty();
		}
	}

	public RequestFilter {
		if (provider != null && !provider.matches("\\d{8}")) {
			throw new IllegalArgumentException("A provider is named by its AGB code");
		}
		if (page < 1 || size < 1 || size > 200) {
			throw new IllegalArgumentException("Pages count from 1, with 1 to 200 rows");
		}
		if (type != null && type != IjwMessageType.JW315 && type != IjwMessageType.JW317) {
			throw new IllegalArgumentException("A request is a JW315 or a JW317");
		}
	}

	static Outcome<RequestFilter> parse(@Nullable String status, @Nullable String provider, @Nullable String type,
			@Nullable String page, @Nullable String size) {
		var refusals = new ArrayList<Refusal>();
		var s = blank(status) ? Optional.of(StatusFilter.TO_ANSWER) : StatusFilter.ofWord(status.strip());
		if (s.isEmpty()) {
			refusals.add(Refusal.of("status", "messaging.request.filter.status"));
		}
		var p = blank(provider) ? null : provider.strip();
		if (p != null && !p.matches("\\d{8}")) {
			refusals.add(Refusal.of("aanbieder", "messaging.request.filter.provider"));
		}
		IjwMessageType t = null;
		if (!blank(type) && !"alle".equals(type.strip())) {
			t = "JW315".equals(type.strip()) ? IjwMessageType.JW315 : "JW317".equals(type.strip()) ? IjwMessageType.JW317 : null;
			if (t == null) {
				refusals.add(Refusal.of("soort", "messaging.request.filter.type"));
			}
		}
		var pageNumber = number(page, 1);
		var pageSize = number(size, 50);
		if (pageNumber == null || pageNumber < 1 || pageSize == null || pageSize < 1 || pageSize > 200) {
			refusals.add(Refusal.of("pagina", "messaging.request.filter.page"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new RequestFilter(s.orElseThrow(), p, t, pageNumber, pageSize));
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static @Nullable Integer number(@Nullable String s, int otherwise) {
		if (blank(s)) {
			return otherwise;
		}
		return s.strip().matches("\\d{1,4}") ? Integer.valueOf(s.strip()) : null;
	}
}
