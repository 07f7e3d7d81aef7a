package nl.jeugdregie.intake.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TOE-4: the life-domain checklist, question clarification notes and the municipality's life-domain list. */
class TriageInventoryPolicyUnitTests {

	static final List<String> DOMAINS = List.of("Opvoeding", "Veiligheid");
	static final HelpRequestState TRIAGE = new HelpRequestState.InTriage();

	private static List<String> codes(List<Refusal> refusals) {
		return refusals.stream().map(Refusal::code).toList();
	}

	private static TriageInventory.Answer answer(String domain, Boolean concern, String note) {
		return new TriageInventory.Answer(domain, concern, note);
	}

	@Test
	@DisplayName("TOE-4 accepts a checklist answering every life domain, with a note where there is a concern")
	void acceptsACompleteChecklist() {
		assertThat(TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS,
				List.of(answer("Opvoeding", true, "Grenzen stellen lukt niet."), answer("Veiligheid", false, null)))).isEmpty();
		assertThat(TriageInventoryPolicy.checkChecklist(new HelpRequestState.AwaitingTreatment(), DOMAINS,
				List.of(answer("Opvoeding", false, null), answer("Veiligheid", false, null)))).isEmpty();
	}

	@Test
	@DisplayName("TOE-4 refuses a checklist that leaves a life domain unanswered, naming the domain")
	void refusesAnUnansweredDomain() {
		var refusals = TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS,
				List.of(answer("Opvoeding", false, null), answer("Veiligheid", null, null)));
		assertThat(refusals).extracting(Refusal::field).containsExactly("Veiligheid");
		assertThat(codes(refusals)).containsExactly("intake.checklist.concern.required");
		assertThat(codes(TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS, List.of(answer("Opvoeding", false, null)))))
				.containsExactly("intake.checklist.concern.required");
	}

	@Test
	@DisplayName("TOE-4 refuses a concern without a note")
	void refusesAConcernWithoutANote() {
		assertThat(codes(TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS,
				List.of(answer("Opvoeding", true, " "), answer("Veiligheid", false, null)))))
				.containsExactly("intake.checklist.note.required");
		assertThat(codes(TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS,
				List.of(answer("Opvoeding", true, "x".repeat(1001)), answer("Veiligheid", false, null)))))
				.containsExactly("intake.text.tooLong");
	}

	@Test
	@DisplayName("TOE-4 refuses a domain that is not on the municipality's list")
	void refusesAnUnknownDomain() {
		assertThat(codes(TriageInventoryPolicy.checkChecklist(TRIAGE, DOMAINS, List.of(answer("Opvoeding", false, null),
				answer("Veiligheid", false, null), answer("Hobby's", false, null)))))
				.containsExactly("intake.checklist.unknownDomain");
	}

	@Test
	@DisplayName("TOE-4 refuses a checklist once triage is decided")
	void refusesAChecklistAfterTriage() {
		assertThat(codes(TriageInventoryPolicy.checkChecklist(new HelpRequestState.InCjgTreatment(), DOMAINS,
				List.of(answer("Opvoeding", false, null), answer("Veiligheid", false, null)))))
				.containsExactly("intake.checklist.afterTriage");
	}

	@Test
	@DisplayName("TOE-4 refuses an empty question clarification note, and any note on a closed request")
	void refusesEmptyOrLateClarificationNotes() {
		assertThat(TriageInventoryPolicy.checkNote(TRIAGE, "Vraag achter de vraag: rust in huis.")).isEmpty();
		assertThat(codes(TriageInventoryPolicy.checkNote(TRIAGE, "  "))).containsExactly("intake.clarification.note.required");
		assertThat(codes(TriageInventoryPolicy.checkNote(TRIAGE, "x".repeat(2001)))).containsExactly("intake.text.tooLong");
		assertThat(codes(TriageInventoryPolicy.checkNote(new HelpRequestState.Closed(LocalDate.of(2026, 11, 16),
				ClosureReason.values()[0], "p"), "Nog iets."))).containsExactly("intake.clarification.closed");
	}

	@Test
	@DisplayName("TOE-4 refuses an empty life-domain list, a doubled domain or an overlong name")
	void refusesAnInvalidLifeDomainList() {
		assertThat(LifeDomainListPolicy.normalise(List.of(" Opvoeding ", "", "Wonen"))).containsExactly("Opvoeding", "Wonen");
		assertThat(LifeDomainListPolicy.check(List.of("Opvoeding", "Wonen"))).isEmpty();
		assertThat(LifeDomainListPolicy.check(List.of())).get().extracting(Refusal::code).isEqualTo("intake.lifeDomains.empty");
		assertThat(LifeDomainListPolicy.check(List.of("Wonen", "wonen"))).get().extracting(Refusal::code)
				.isEqualTo("intake.lifeDomains.duplicate");
		assertThat(LifeDomainListPolicy.check(List.of("x".repeat(101)))).get().extracting(Refusal::code)
				.isEqualTo("intake.lifeDomains.nameTooLong");
		assertThat(LifeDomainListPolicy.check(java.util.stream.IntStream.range(0, 31).mapToObj(i -> "Gebied " + i).toList()))
				.get().extracting(Refusal::code).isEqualTo("intake.lifeDomains.tooMany");
	}
}
