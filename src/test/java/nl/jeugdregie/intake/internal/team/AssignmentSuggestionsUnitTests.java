package nl.jeugdregie.intake.internal.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import org.junit.jupiter.api.Test;

/** TOE-13: suggestions use expertise first, then the current caseload. */
class AssignmentSuggestionsUnitTests {

	static final TeamMember ANNA = new TeamMember("anna", "Anna", Role.YOUTH_PROFESSIONAL, Set.of(Expertise.SAFETY), 6);
	static final TeamMember BRAM = new TeamMember("bram", "Bram", Role.YOUTH_PROFESSIONAL, Set.of(Expertise.YOUTH_PSYCHOLOGY), 2);
	static final TeamMember CEES = new TeamMember("cees", "Cees", Role.BEHAVIOURAL_EXPERT, Set.of(Expertise.SAFETY), 3);

	@Test
	void suggestsTheLeastBusyProfessionalWithTheNeededExpertise() {
		assertThat(AssignmentSuggestions.rank(List.of(ANNA, BRAM, CEES), Expertise.SAFETY))
				.extracting(TeamMember::username).containsExactly("cees", "anna", "bram");
	}

	@Test
	void suggestsTheLeastBusyProfessionalWithoutAPreference() {
		assertThat(AssignmentSuggestions.rank(List.of(ANNA, BRAM, CEES), null))
				.extracting(TeamMember::username).containsExactly("bram", "cees", "anna");
	}

	@Test
	void showsWhichExpertiseTheTeamMisses() {
		var overview = new TeamOverview(null, List.of(ANNA, BRAM));
		assertThat(overview.coverage()).filteredOn(TeamOverview.Coverage::missing)
				.extracting(TeamOverview.Coverage::expertise)
				.containsExactly(Expertise.PARENTING_SUPPORT, Expertise.PREVENTIVE_YOUTH_HEALTH, Expertise.DISABILITIES,
						Expertise.BEHAVIOURAL_EXPERTISE);
		assertThat(overview.holdsAllExpertise()).isFalse();
	}
}
