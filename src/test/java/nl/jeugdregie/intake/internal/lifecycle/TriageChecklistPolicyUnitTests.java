package nl.jeugdregie.intake.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.platform.result.Refusal;
import org.junit.jupiter.api.Test;

/** TOE-4: triage is completed only once the life-domain checklist of the whole household is recorded. */
class TriageChecklistPolicyUnitTests {

	@Test
	void refusesTriageWithoutARecordedChecklist_TOE4() {
		assertThat(TriageChecklistPolicy.check(false)).get()
				.extracting(Refusal::field, Refusal::code)
				.containsExactly("checklist", "intake.triage.checklist.required");
	}

	@Test
	void allowsTriageOnceTheChecklistIsRecorded_TOE4() {
		assertThat(TriageChecklistPolicy.check(true)).isEmpty();
	}
}
