package nl.jeugdregie.steering.internal.effectchain;

import java.util.Arrays;
import java.util.Optional;
import nl.jeugdregie.platform.text.Labelled;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The five links of the effect chain (effectketen, STU-2), in their order. The memo keeps the English words, so the
 * screens do too, each with a Dutch explanation.
 */
public enum ChainLink implements Labelled {
	INPUT, THROUGHPUT, OUTPUT, OUTCOME, IMPACT;

	/** "Input", as the memo names the link. */
	public String label() {
		return Labels.of(this, "label");
	}

	/** "Input (middelen)". */
	public String fullLabel() {
		return label() + " (" + dutchName() + ")";
	}

	public String explanation() {
		return Labels.of(this, "explanation");
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
