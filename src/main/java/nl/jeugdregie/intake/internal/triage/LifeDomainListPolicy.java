package nl.jeugdregie.intake.internal.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdregie.platform.result.Refusal;

/** TOE-4: a municipality's life-domain list: 1 to 30 domains, each named (up to 100 characters), none twice. */
final class LifeDomainListPolicy {

	static final int MAX_DOMAINS = 30;
	static final int MAX_NAME = 100;

	private LifeDomainListPolicy() {}

	/** The names as they will be stored: trimmed, blank lines dropped. */
	static List<String> normalise(List<String> names) {
		return names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
	}

	static Optional<Refusal> check(List<String> normalised) {
		if (normalised.isEmpty()) {
			return Optional.of(Refusal.of("domains", "intake.lifeDomains.empty"));
		}
		if (normalised.size() > MAX_DOMAINS) {
			return Optional.of(Refusal.of("domains", "intake.lifeDomains.tooMany", MAX_DOMAINS));
		}
		var seen = new HashSet<String>();
		for (var name : normalised) {
			if (name.length() > MAX_NAME) {
				return Optional.of(Refusal.of("domains", "intake.lifeDomains.nameTooLong", MAX_NAME));
			}
			if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				return Optional.of(Refusal.of("domains", "intake.lifeDomains.duplicate", name));
			}
		}
		return Optional.empty();
	}
}
