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

/** The one opening step for a client file (issue 18 item 4): decide, audit the read or the refusal, hand back. */
class ClientFileOpeningUnitTests {

	private static final MunicipalityCode OSS = new MunicipalityCode("0828");
	private static final MunicipalityCode OTHER = new MunicipalityCode("1721");
	private static final TeamId TEAM = TeamId.random();

	private final List<ClientFileAccess> trail = new ArrayList<>();
	private final ClientFileOpening opening = new ClientFileOpening(trail::add);
	private final ClientFileOpening.RefusalText refusal = new ClientFileOpening.RefusalText("Wijzigen geweigerd", "Dossier 42",
			"Wijzigen geweigerd: onbekend dossier");

	record File(ClientId client, String subject, MunicipalityCode municipality, TeamId team) implements TeamFile {}

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

	private final ClientFileOpening.ReadText readText = new ClientFileOpening.ReadText("Dossier geopend",
			"Dossier opvragen zonder reden: om een reden gevraagd", "Dossier opvragen geweigerd", "Dossier 42",
			"Onbekend dossier opgevraagd");

	private ReasonedRead<File, String> read(CurrentUser user, Optional<File> found, String reason) {
		return opening.withReason(found, user, f -> CaseAccessPolicy.decide(user, new CaseScope(f.municipality(), f.team())),
				reason, readText, f -> "inhoud van " + f.subject());
	}

	@Test
	@DisplayName("SEC-2: the case team reads the file; the read is audited as held by the file's team, after loading")
	void caseTeamReads() {
		var user = new CurrentUser("p", "P", Role.YOUTH_PROFESSIONAL, OSS, TEAM);
		var loadedBeforeAudit = new ArrayList<Integer>();

		var outcome = opening.withReason(Optional.of(file), user, f -> new CaseAccess.WithinCaseload(), null, readText,
				f -> {
					loadedBeforeAudit.add(trail.size());
					return "inhoud";
				});

		assertThat(outcome).isEqualTo(new ReasonedRead.Opened<File, String>("inhoud"));
		assertThat(loadedBeforeAudit).containsExactly(0);
		assertThat(trail).singleElement().satisfies(access -> {
			assertThat(access.action()).isEqualTo(AuditAction.READ);
			assertThat(access.what()).isEqualTo("Dossier geopend");
			assertThat(access.reason()).isNull();
			assertThat(access.fileTeam()).isEqualTo(TEAM);
			assertThat(access.breaksTheGlass()).isFalse();
		});
	}

	@Test
	@DisplayName("SEC-2, ADR 0025: another team without a reason is asked for one (audited); with a reason it reads and breaks the glass")
	void otherTeamReadsWithAReason() {
		var otherTeam = new CurrentUser("o", "O", Role.YOUTH_PROFESSIONAL, OSS, TeamId.random());

		assertThat(read(otherTeam, Optional.of(file), null)).isEqualTo(new ReasonedRead.ReasonRequired<File, String>(file));
		assertThat(read(otherTeam, Optional.of(file), "te kort")).isEqualTo(new ReasonedRead.ReasonRequired<File, String>(file));
		assertThat(read(otherTeam, Optional.of(file), "  Crisisdienst: ouder belt over dit kind  "))
				.isEqualTo(new ReasonedRead.Opened<File, String>("inhoud van Dossier D-1"));

		assertThat(trail).hasSize(3);
		assertThat(trail.subList(0, 2)).allSatisfy(access -> {
			assertThat(access.action()).isEqualTo(AuditAction.REFUSED);
			assertThat(access.what()).isEqualTo("Dossier opvragen zonder reden: om een reden gevraagd");
		});
		assertThat(trail.get(2)).satisfies(access -> {
			assertThat(access.action()).isEqualTo(AuditAction.READ);
			assertThat(access.reason()).isEqualTo("Crisisdienst: ouder belt over dit kind");
			assertThat(access.breaksTheGlass()).isTrue();
		});
	}

	@Test
	@DisplayName("SEC-2, NEN 7513: a read by a role without files, from another municipality or of an unknown file is refused and audited")
	void refusedReads() {
		var officer = new CurrentUser("b", "B", Role.POLICY_OFFICER, OSS, null);
		var elsewhere = new CurrentUser("x", "X", Role.YOUTH_PROFESSIONAL, OTHER, TeamId.random());

		assertThat(read(officer, Optional.of(file), "een reden die lang genoeg is")).isInstanceOf(ReasonedRead.Forbidden.class);
		assertThat(read(elsewhere, Optional.of(file), null)).isInstanceOf(ReasonedRead.NotFound.class);
		assertThat(read(elsewhere, Optional.empty(), null)).isInstanceOf(ReasonedRead.NotFound.class);

		assertThat(trail).extracting(ClientFileAccess::what).containsExactly("Dossier opvragen geweigerd",
				"Dossier opvragen geweigerd", "Onbekend dossier opgevraagd");
		assertThat(trail.get(1).trailMunicipality()).isEqualTo(OSS);
		assertThat(trail.get(2).subject()).isEqualTo("Dossier 42");
	}

	@Test
	@DisplayName("SEC-2: a read by the case team only: loaded, then audited; anyone else refused like a change")
	void readByTheCaseTeamOnly() {
		var member = new CurrentUser("p", "P", Role.YOUTH_PROFESSIONAL, OSS, TEAM);
		var otherTeam = new CurrentUser("o", "O", Role.YOUTH_PROFESSIONAL, OSS, TeamId.random());

		var read = opening.forRead(Optional.of(file), member,
				f -> CaseAccessPolicy.decide(member, new CaseScope(f.municipality(), f.team())), refusal, "Voortgang bekeken",
				File::subject);
		var refused = opening.forRead(Optional.of(file), otherTeam,
				f -> CaseAccessPolicy.decide(otherTeam, new CaseScope(f.municipality(), f.team())), refusal,
				"Voortgang bekeken", File::subject);

		assertThat(read).isEqualTo(Outcome.done("Dossier D-1"));
		assertThat(refused).isEqualTo(Outcome.forbidden(ClientFileOpening.NOT_IN_CASELOAD));
		assertThat(trail).extracting(ClientFileAccess::action, ClientFileAccess::what).containsExactly(
				org.assertj.core.groups.Tuple.tuple(AuditAction.READ, "Voortgang bekeken"),
				org.assertj.core.groups.Tuple.tuple(AuditAction.REFUSED, "Wijzigen geweigerd"));
	}

	@Test
	@DisplayName("A module names its own refusal for another team and its own forbidden codes (allocation)")
	void ownCodesPerKind() {
		var own = ClientFileOpening.RefusalText.of("Opvragen geweigerd", "Arrangement")
				.otherTeam("Van een ander team geweigerd", "module.otherTeam").role("module.role");
		var otherTeam = new CurrentUser("o", "O", Role.YOUTH_PROFESSIONAL, OSS, TeamId.random());
		var officer = new CurrentUser("b", "B", Role.POLICY_OFFICER, OSS, null);
		var named = ClientFile.of(null, "arrangement:1", OSS);

		assertThat(opening.decide(named, otherTeam, new CaseAccess.ReasonRequired(), own))
				.isEqualTo(Outcome.forbidden("module.otherTeam"));
		assertThat(opening.decide(named, officer, new CaseAccess.RoleNotAllowed(), own))
				.isEqualTo(Outcome.forbidden("module.role"));
		assertThat(trail).extracting(ClientFileAccess::what).containsExactly("Van een ander team geweigerd",
				"Opvragen geweigerd");
		assertThat(trail).allSatisfy(access -> assertThat(access.client()).isNull());
	}

	@Test
	@DisplayName("NEN 7513: a rule's refusal on an opened file is recorded in the trail of the municipality holding it")
	void refusalByARuleOnAnOpenedFile() {
		var elsewhere = new CurrentUser("x", "X", Role.YOUTH_PROFESSIONAL, OTHER, TeamId.random());

		opening.recordRefusal(file, elsewhere, "Zware stap niet vastgelegd");
		opening.recordRefusal(elsewhere, "Nieuw huishouden", "Huishouden aanmaken geweigerd");

		assertThat(trail.get(0).trailMunicipality()).isEqualTo(OSS);
		assertThat(trail.get(0).client()).isEqualTo(file.client());
		assertThat(trail.get(1).trailMunicipality()).isEqualTo(OTHER);
		assertThat(trail.get(1).client()).isNull();
		assertThat(trail).allSatisfy(access -> assertThat(access.action()).isEqualTo(AuditAction.REFUSED));
	}
}
