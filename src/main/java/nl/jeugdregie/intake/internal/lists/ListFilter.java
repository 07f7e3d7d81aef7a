package nl.jeugdregie.intake.internal.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.platform.paging.PageChoice;
import nl.jeugdregie.platform.text.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * What a list of help requests shows (issue 13): whose requests within the user's team, which states, which norm
 * status, crises only or not, in which order, which page of how many. Pages use the Dutch words in the query string
 * ({@code ?wie=niemand&norm=overschreden}), the API the English names; both are accepted everywhere.
 */
public record ListFilter(Scope scope, StateFilter state, NormFilter norm, boolean crisisOnly, SortOrder sort, int page,
		int size) implements PageChoice {

	static final int DEFAULT_SIZE = 25;
	static final int MAX_SIZE = 100;

	public ListFilter {
		if (page < 1 || size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("A page from 1, of 1 to " + MAX_SIZE + " rows");
		}
	}

	/** The worklist's view: the team's open requests, most urgent first. */
	static ListFilter worklist() {
		return new ListFilter(Scope.TEAM, StateFilter.OPEN, NormFilter.ANY, false, SortOrder.URGENCY, 1, DEFAULT_SIZE);
	}

	ListFilter onPage(int other) {
		return new ListFilter(scope, state, norm, crisisOnly, sort, other, size);
	}

	/** A value of a filter: its Dutch word for pages, its English name for the API, its label. */
	public interface Choice {
		String word();

		String label();

		default String apiName() {
			return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
		}
	}

	static <E extends Enum<E> & Choice> Optional<E> choice(Class<E> type, @Nullable String value, E otherwise) {
		if (value == null || value.isBlank()) {
			return Optional.of(otherwise);
		}
		var wanted = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
				.filter(e -> e.word().equals(wanted) || e.apiName().equals(wanted)).findFirst();
	}

	public enum Scope implements Choice, Labelled {
		TEAM("team"), MINE("mij"), UNASSIGNED("niemand");

		private final String word;

		Scope(String word) {
			this.word = word;
		}

		public String word() { return word; }

		public String label() { return dutchName(); }
	}

	public enum StateFilter implements Choice, Labelled {
		OPEN("open"), WAITING("wacht"),
		IN_TREATMENT("behandeling"), ROUTE("toeleiding"),
		CLOSED("afgesloten"), ALL("alle");

		private final String word;

		StateFilter(String word) {
			this.word = word;
		}

		public String word() { return word; }

		public String label() { return dutchName(); }
	}

	public enum NormFilter implements Choice, Labelled {
		ANY("alle"), OVERDUE("overschreden"),
		DUE_THIS_WEEK("deze-week"), WITHIN("op-tijd");

		private final String word;

		NormFilter(String word) {
			this.word = word;
		}

		public String word() { return word; }

		public String label() { return dutchName(); }
	}

	public enum SortOrder implements Choice, Labelled {
		URGENCY("urgentie"), DEADLINE("termijn"),
		NEWEST("nieuwste"), OLDEST("oudste"), NAME("naam"),
		NUMBER("nummer");

		private final String word;

		SortOrder(String word) {
			this.word = word;
		}

		public String word() { return word; }

		public String label() { return dutchName(); }
	}
}
