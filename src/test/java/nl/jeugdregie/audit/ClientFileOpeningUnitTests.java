package nl.jeugdregie.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CaseAccessPolicy;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.platform.result.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one opening step for a change to a client file (issue 18 item 4): decide, audit the refusal, hand back. */
class ClientFileOpeningUnitTests {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final MunicipalityCode OTHER = new MunicipalityCode("1721");
	private static final TeamId TEAM = TeamId.random();

	private final List<ClientFileAccess> trail = new ArrayList<>();
	private final ClientFileOpening opening = new ClientFileOpening(trail::add);
	private final ClientFileOpening.RefusalText refusal = new ClientFileOpening.RefusalText("Wijzigen geweigerd", "Dossier 42",
			"Wijzigen geweigerd: onbekend dossier");

	record File(ClientId client, String subject, MunicipalityCode municipality, TeamId team) implements ClientFile {}

	private final File file = new File(ClientId.random(), "Dossier D-1", OSS, TEAM);

	private Outcome<File> open(CurrentUser user, Optional<File> found) {
		return opening.forChange(found, user, f -> CaseAccessPolicy.decide(user, new CaseScope(f.municipality(), f.team())),
				refusal);
	}

	@Test
	@DisplayName("SEC-2: the case team gets the file, and the opening itself records nothing")
	void caseTeamOpens() {
		var outcome = open(new CurrentUser("p", "P", Role.YOUTH_PROFESSIONAL, OSS, TEAM), Optional.of(file));

		assertThat(outcome).isEqualTo(Outcome.done(file));
		assertThat(trail).isEmpty();
	}

	@Test
	@DisplayName("SEC-2: an unknown file is not found, and the attempt is audited under the identifier asked for")
	void unknownFile() {
		var user = new CurrentUser("p", "P", Role.YOUTH_PROFESSIONAL, OSS, TEAM);

		assertThat(open(user, Optional.empty())).isInstanceOf(Outcome.NotFound.class);
		assertThat(trail).singleElement().satisfies(access -> {
			assertThat(access.action()).isEqualTo(AuditAction.REFUSED);
			assertThat(access.client()).isNull();
			assertThat(access.subject()).isEqualTo("Dossier 42");
			assertThat(access.what()).isEqualTo("Wijzigen geweigerd: onbekend dossier");
		});
	}

	@Test
	@DisplayName("SEC-2, NEN 7513: another municipality learns nothing, and the attempt lands in the file's trail")
	void otherMunicipality() {
		var user = new CurrentUser("x", "X", Role.YOUTH_PROFESSIONAL, OTHER, TeamId.random());

		assertThat(open(user, Optional.of(file))).isInstanceOf(Outcome.NotFound.class);
		assertThat(trail).singleElement().satisfies(access -> {
			assertThat(access.client()).isEqualTo(file.client());
			assertThat(access.subject()).isEqualTo("Dossier D-1");
			assertThat(access.what()).isEqualTo("Wijzigen geweigerd");
			assertThat(access.trailMunicipality()).isEqualTo(OSS);
		});
	}

	@Test
	@DisplayName("SEC-2: a case worker of another team and a role without files are forbidden, and audited")
	void outsideTheCaseload() {
		var otherTeam = new CurrentUser("o", "O", Role.YOUTH_PROFESSIONAL, OSS, TeamId.random());
		var officer = new CurrentUser("b", "B", Role.POLICY_OFFICER, OSS, null);

		assertThat(open(otherTeam, Optional.of(file))).isEqualTo(Outcome.forbidden(ClientFileOpening.NOT_IN_CASELOAD));
		assertThat(open(officer, Optional.of(file))).isEqualTo(Outcome.forbidden(ClientFileOpening.NOT_IN_CASELOAD));
		assertThat(trail).hasSize(2).allSatisfy(access -> {
			assertThat(access.action()).isEqualTo(AuditAction.REFUSED);
			assertThat(access.what()).isEqualTo("Wijzigen geweigerd");
		});
	}

	@Test
	@DisplayName("A decision of the module's own (for example a household's case director) is respected")
	void ownDecision() {
		var director = new CurrentUser("d", "D", Role.YOUTH_PROFESSIONAL, OSS, TeamId.random());

		var outcome = opening.forChange(Optional.of(file), director, f -> new CaseAccess.WithinCaseload(), refusal);

		assertThat(outcome.doneValue()).contains(file);
		assertThat(trail).isEmpty();
	}
}
