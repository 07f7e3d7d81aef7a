package nl.jeugdregie.intake.internal.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.SkjRegistration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SEC-1 (ADR 0040): a professional whose SKJ registration ended is not given a request, nor suggested. */
class AssigneeRegisteredWithSkjUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	private final AssigneeRegisteredWithSkj policy = new AssigneeRegisteredWithSkj();

	@Test
	@DisplayName("SEC-1: a registration that ended yesterday refuses, naming the professional and the end date")
	void refusesAnExpiredRegistration() {
		var refusal = policy.check(new AssigneeRegisteredWithSkj.Assignee("Sanne de Vries",
				new SkjRegistration("100012345", TODAY.minusDays(1)), TODAY));
		assertThat(refusal).hasValueSatisfying(r -> {
			assertThat(r.field()).isEqualTo("professional");
			assertThat(r.code()).isEqualTo("intake.assignment.skjExpired");
			assertThat(r.arguments()).containsExactly("Sanne de Vries", "15 november 2026");
		});
	}

	@Test
	@DisplayName("SEC-1: a registration valid through today, or none recorded, lets the assignment through")
	void allowsAValidOrUnknownRegistration() {
		assertThat(policy.check(new AssigneeRegisteredWithSkj.Assignee("Sanne",
				new SkjRegistration("100012345", TODAY), TODAY))).isEmpty();
		assertThat(policy.check(new AssigneeRegisteredWithSkj.Assignee("Sanne", null, TODAY))).isEmpty();
	}

	@Test
	@DisplayName("SEC-1: suggestions put a professional with an ended registration last, whatever her expertise and caseload")
	void ranksExpiredRegistrationsLast() {
		var expired = new TeamMember("anna", "Anna", Role.YOUTH_PROFESSIONAL, Set.of(), 0,
				new SkjRegistration("100012345", TODAY.minusDays(1)), true);
		var busy = new TeamMember("bram", "Bram", Role.YOUTH_PROFESSIONAL, Set.of(), 9);
		assertThat(AssignmentSuggestions.rank(List.of(expired, busy), null)).extracting(TeamMember::username)
				.containsExactly("bram", "anna");
	}
}
