package nl.jeugdregie.allocation.internal.provider;

import nl.jeugdregie.allocation.AgbCode;

/** The command to register a provider: a name of 1–200 characters and its AGB code. */
public record NewProvider(String name, AgbCode agbCode) {

	public NewProvider {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new IllegalArgumentException("A provider has a name of 1-200 characters");
		}
	}
}
