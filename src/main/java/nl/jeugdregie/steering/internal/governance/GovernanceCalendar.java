package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The calendar of the governance rhythm (STU-6): per meeting type the last meeting held, the next one planned or,
 * when none is planned, the date the rhythm asks for, and a warning when the type falls behind its minimum.
 */
public record GovernanceCalendar(List<Row> rows) {

	/**
	 * @param lastHeld the most recent meeting on or before today
	 * @param nextPlanned the first meeting after today
	 * @param due the day the next meeting is due by the rhythm (never before today)
	 * @param warning the Dutch warning when the type falls behind its minimum, else null
	 */
	public record Row(MeetingRhythm rhythm, @Nullable Meeting lastHeld, @Nullable Meeting nextPlanned, LocalDate due,
			@Nullable String warning) {

		public MeetingType type() {
			return rhythm.type();
		}

		public boolean isBehind() {
			return warning != null;
		}
	}

	static GovernanceCalendar of(List<MeetingRhythm> rhythms, List<Meeting> meetings, LocalDate today) {
		return new GovernanceCalendar(rhythms.stream().map(rhythm -> row(rhythm,
				meetings.stream().filter(meeting -> meeting.type() == rhythm.type()).toList(), today)).toList());
	}

	public boolean anyBehind() {
		return rows.stream().anyMatch(Row::isBehind);
	}

	private static Row row(MeetingRhythm rhythm, List<Meeting> meetings, LocalDate today) {
		var lastHeld = meetings.stream().filter(meeting -> meeting.heldBy(today))
				.max(Comparator.comparing(Meeting::date)).orElse(null);
		var nextPlanned = meetings.stream().filter(meeting -> !meeting.heldBy(today))
				.min(Comparator.comparing(Meeting::date)).orElse(null);
		return rhythm.kind() == MeetingRhythm.Kind.EVERY_WEEKS
				? everyWeeks(rhythm, lastHeld, nextPlanned, today)
				: perYear(rhythm, meetings, lastHeld, nextPlanned, today);
	}

	private static Row everyWeeks(MeetingRhythm rhythm, @Nullable Meeting lastHeld, @Nullable Meeting nextPlanned,
			LocalDate today) {
		if (lastHeld == null) {
			return new Row(rhythm, null, nextPlanned, nextPlanned == null ? today : nextPlanned.date(),
					Labels.text("text.steering.governance.neverHeld", rhythm.type().dutchName().toLowerCase(),
							rhythm.text()));
		}
		var due = lastHeld.date().plusWeeks(rhythm.frequency());
		var behind = due.isBefore(today)
				? Labels.text("text.steering.governance.behindWeeks", rhythm.type().dutchName().toLowerCase(),
						ChronoUnit.WEEKS.between(lastHeld.date(), today), rhythm.text())
				: null;
		return new Row(rhythm, lastHeld, nextPlanned, nextPlanned != null ? nextPlanned.date() : max(due, today), behind);
	}

	private static Row perYear(MeetingRhythm rhythm, List<Meeting> meetings, @Nullable Meeting lastHeld,
			@Nullable Meeting nextPlanned, LocalDate today) {
		var heldThisYear = meetings.stream()
				.filter(meeting -> meeting.heldBy(today) && meeting.date().getYear() == today.getYear()).count();
		long expectedByNow;
		LocalDate due;
		if (rhythm.anchorMonth() != null) {
			var anchor = LocalDate.of(today.getYear(), rhythm.anchorMonth(), 1);
			var endOfAnchorMonth = anchor.plusMonths(1);
			expectedByNow = today.isBefore(endOfAnchorMonth) ? 0 : rhythm.frequency();
			due = heldThisYear >= rhythm.frequency() || !today.isBefore(endOfAnchorMonth) && heldThisYear > 0
					? anchor.plusYears(1) : max(anchor, today);
		}
		else {
			expectedByNow = (long) Math.floor((double) rhythm.frequency() * today.getDayOfYear() / today.lengthOfYear());
			var interval = 12 / rhythm.frequency();
			due = lastHeld == null ? today : max(lastHeld.date().plusMonths(Math.max(interval, 1)), today);
		}
		var name = rhythm.type().dutchName().toLowerCase();
		var held = heldThisYear == 0 ? Labels.text("text.steering.governance.noneThisYear", name)
				: Labels.text("text.steering.governance.heldThisYear", heldThisYear, name);
		var behind = heldThisYear < expectedByNow
				? Labels.text("text.steering.governance.behindThisYear", held, rhythm.text(), expectedByNow)
				: null;
		return new Row(rhythm, lastHeld, nextPlanned, nextPlanned != null ? nextPlanned.date() : due, behind);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
