package nl.jeugdregie.plans.internal.household.summary;

import java.util.Objects;

/**
 * One line of the household's task list "Wat moet er nu gebeuren?": what to do, the page where it is done, and a
 * status tag (text first, colour only as an extra).
 */
public record HouseholdTask(String text, String href, String tag, Urgency urgency) {

	/** How pressing a task is; each maps to a tag colour. */
	public enum Urgency {
		DUE("jr-tag--due"), OVERDUE("jr-tag--overdue");

		private final String tagClass;

		Urgency(String tagClass) {
			this.tagClass = tagClass;
		}

		public String tagClass() {
			return tagClass;
		}
	}

	public HouseholdTask {
		Objects.requireNonNull(urgency, "urgency");
		if (text == null || text.isBlank() || tag == null || tag.isBlank()) {
			throw new IllegalArgumentException("A task needs a text and a tag");
		}
		if (href == null || !href.startsWith("/gezinnen/")) {
			throw new IllegalArgumentException("A task links to a page of the household");
		}
	}
}
