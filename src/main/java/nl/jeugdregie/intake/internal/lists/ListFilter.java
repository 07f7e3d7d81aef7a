package nl.jeugdregie.intake.internal.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.platform.paging.PageChoice;
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

	public enum Scope implements Choice {
		TEAM("team", "Het hele team"), MINE("mij", "Van mij"), UNASSIGNED("niemand", "Nog niet toegewezen");

		private final String word;
		private final String label;

		Scope(String word, String label) {
			this.word = word;
			this.label = label;
		}

		public String word() { return word; }

		public String label() { return label; }
	}

	public enum StateFilter implements Choice {
		OPEN("open", "Alle open hulpvragen"), WAITING("wacht", "Wacht op eerste gesprek"),
		IN_TREATMENT("behandeling", "In behandeling"), ROUTE("toeleiding", "Toeleiding naar specialistische jeugdhulp"),
		CLOSED("afgesloten", "Afgesloten"), ALL("alle", "Alle hulpvragen");

		private final String word;
		private final String label;

		StateFilter(String word, String label) {
			this.word = word;
			this.label = label;
		}

		public String word() { return word; }

		public String label() { return label; }
	}

	public enum NormFilter implements Choice {
		ANY("alle", "Alle"), OVERDUE("overschreden", "Termijn overschreden"),
		DUE_THIS_WEEK("deze-week", "Termijn verloopt binnen een week"), WITHIN("op-tijd", "Binnen de termijn");

		private final String word;
		private final String label;

		NormFilter(String word, String label) {
			this.word = word;
			this.label = label;
		}

		public String word() { return word; }

		public String label() { return label; }
	}

	public enum SortOrder implements Choice {
		URGENCY("urgentie", "Meest urgent eerst"), DEADLINE("termijn", "Termijn, eerst verlopend"),
		NEWEST("nieuwste", "Nieuwste eerst"), OLDEST("oudste", "Oudste eerst"), NAME("naam", "Achternaam"),
		NUMBER("nummer", "Nummer");

		private final String word;
		private final String label;

		SortOrder(String word, String label) {
			this.word = word;
			this.label = label;
		}

		public String word() { return word; }

		public String label() { return label; }
	}
}
