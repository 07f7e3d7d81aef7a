package nl.jeugdregie.steering.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** STU-6: the calendar plans the next meeting from the rhythm and warns when a type falls behind its minimum. */
class GovernanceCalendarUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private static final MeetingRhythm EVERY_3_WEEKS = new MeetingRhythm(MeetingType.TRANSFORMATION,
			MeetingRhythm.Kind.EVERY_WEEKS, 3, null);
	private static final MeetingRhythm FOUR_A_YEAR = new MeetingRhythm(MeetingType.ADMINISTRATIVE,
			MeetingRhythm.Kind.PER_YEAR, 4, null);
	private static final MeetingRhythm COUNCIL = new MeetingRhythm(MeetingType.COUNCIL_INFORMATION,
			MeetingRhythm.Kind.PER_YEAR, 1, 7);

	@Test
	@DisplayName("STU-6: the next transformation meeting is due 3 weeks after the last one")
	void plansTheNextMeetingThreeWeeksAfterTheLast() {
		var row = GovernanceCalendar.of(List.of(EVERY_3_WEEKS), List.of(meeting(1, MeetingType.TRANSFORMATION, "2026-11-02")),
				TODAY).rows().getFirst();

		assertThat(row.due()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(row.isBehind()).isFalse();
		assertThat(row.lastHeld().id()).isEqualTo(1);
	}

	@Test
	@DisplayName("STU-6: warns when more than 3 weeks passed since the last transformation meeting")
	void warnsWhenTheWeeklyRhythmIsBehind() {
		var row = GovernanceCalendar.of(List.of(EVERY_3_WEEKS), List.of(meeting(1, MeetingType.TRANSFORMATION, "2026-10-05"),
				meeting(2, MeetingType.TRANSFORMATION, "2026-11-30")), TODAY).rows().getFirst();

		assertThat(row.warning()).isEqualTo(
				"Het laatste transformatieoverleg is 6 weken geleden; het hoort elke 3 weken te zijn.");
		assertThat(row.nextPlanned().id()).isEqualTo(2);
		assertThat(row.due()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	@DisplayName("STU-6: warns when fewer administrative meetings were held than at least 4 a year asks by now")
	void warnsWhenAYearlyMinimumIsBehind() {
		var twoHeld = List.of(meeting(1, MeetingType.ADMINISTRATIVE, "2026-02-10"),
				meeting(2, MeetingType.ADMINISTRATIVE, "2026-06-10"));
		var threeHeld = List.of(meeting(1, MeetingType.ADMINISTRATIVE, "2026-02-10"),
				meeting(2, MeetingType.ADMINISTRATIVE, "2026-06-10"), meeting(3, MeetingType.ADMINISTRATIVE, "2026-09-10"));

		assertThat(GovernanceCalendar.of(List.of(FOUR_A_YEAR), twoHeld, TODAY).rows().getFirst().warning())
				.contains("Dit jaar is er 2 keer bestuurlijk overleg geweest", "nu al 3 keer");
		assertThat(GovernanceCalendar.of(List.of(FOUR_A_YEAR), threeHeld, TODAY).rows().getFirst().isBehind()).isFalse();
	}

	@Test
	@DisplayName("STU-6: the council is informed around July; after July without it the calendar warns")
	void warnsWhenTheCouncilWasNotInformedByTheEndOfJuly() {
		var none = GovernanceCalendar.of(List.of(COUNCIL), List.of(), TODAY).rows().getFirst();
		var informed = GovernanceCalendar.of(List.of(COUNCIL), List.of(meeting(1, MeetingType.COUNCIL_INFORMATION, "2026-07-09")),
				TODAY).rows().getFirst();
		var inSpring = GovernanceCalendar.of(List.of(COUNCIL), List.of(), LocalDate.of(2026, 3, 1)).rows().getFirst();

		assertThat(none.isBehind()).isTrue();
		assertThat(informed.isBehind()).isFalse();
		assertThat(informed.due()).isEqualTo(LocalDate.of(2027, 7, 1));
		assertThat(inSpring.isBehind()).isFalse();
		assertThat(inSpring.due()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(COUNCIL.text()).isEqualTo("1 keer per jaar, rond juli");
	}

	private static Meeting meeting(long id, MeetingType type, String date) {
		return new Meeting(id, 1, type, LocalDate.parse(date), null, 0, 0);
	}
}
