package nl.jeugdregie.steering.internal.effectchain;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The five links of the effect chain (effectketen, STU-2), in their order. The memo keeps the English words, so the
 * screens do too, each with a Dutch explanation.
 */
public enum ChainLink {
	INPUT("Input", "middelen", "Wat erin gaat: mensen, geld en middelen."),
	THROUGHPUT("Throughput", "activiteiten", "Wat de aanbieder doet: de activiteiten en de werkwijze."),
	OUTPUT("Output", "prestaties", "Wat dat oplevert: de prestaties, in aantallen en termijnen."),
	OUTCOME("Outcome", "effect voor de inwoner", "Wat er voor de inwoner verandert."),
	IMPACT("Impact", "maatschappelijk effect", "Wat het de samenleving oplevert.");

	private final String label;
	private final String dutchName;
	private final String explanation;

	ChainLink(String label, String dutchName, String explanation) {
		this.label = label;
		this.dutchName = dutchName;
		this.explanation = explanation;
	}

	/** "Input", as the memo names the link. */
	public String label() {
		return label;
	}

	/** "Input (middelen)". */
	public String fullLabel() {
		return label + " (" + dutchName + ")";
	}

	public String explanation() {
		return explanation;
	}

	/** The link's name in URLs and in the API's field names: "input", "throughput", ... */
	public String slug() {
		return name().toLowerCase();
	}

	public int step() {
		return ordinal() + 1;
	}

	static Optional<ChainLink> ofSlug(@Nullable String slug) {
		return Arrays.stream(values()).filter(link -> link.slug().equals(slug)).findFirst();
	}
}
