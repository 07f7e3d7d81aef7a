package nl.jeugdregie.identity;

import java.util.List;

/**
 * One tile of the start page: a count with what it counts, where to act on it, and whether it needs attention
 * (something overdue). {@code order} places it among the other modules' items; {@code lines} break a count down,
 * such as overdue requests per professional. No personal data of clients.
 */
public record TodayItem(int order, String title, long count, String description, String link, boolean attention,
		List<Line> lines) {

	public TodayItem {
		if (title.isBlank() || !link.startsWith("/")) {
			throw new IllegalArgumentException("A start page item has a title and a link within the application");
		}
		lines = List.copyOf(lines);
	}

	public TodayItem(int order, String title, long count, String description, String link, boolean attention) {
		this(order, title, count, description, link, attention, List.of());
	}

	/** A part of the count, such as one professional's overdue requests. */
	public record Line(String label, long count) {}
}
