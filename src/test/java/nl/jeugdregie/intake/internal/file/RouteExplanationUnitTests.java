package nl.jeugdregie.intake.internal.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.internal.lifecycle.FirstConversationPolicyUnitTests;
import nl.jeugdregie.intake.internal.lifecycle.LifecyclePoliciesUnitTests;
import org.junit.jupiter.api.Test;

/** TOE-15: the route is explained to the young person and parents, step by step, without internal notes. */
class RouteExplanationUnitTests {

	@Test
	void promisesTheFirstConversationByItsDeadlineWhileWaiting() {
		var route = RouteExplanation.of(FirstConversationPolicyUnitTests.waitingRequest(), LifecyclePoliciesUnitTests.OSS);

		assertThat(route.steps()).extracting(RouteExplanation.RouteStep::title, RouteExplanation.RouteStep::done)
				.startsWith(org.assertj.core.groups.Tuple.tuple("Aanmelding", true),
						org.assertj.core.groups.Tuple.tuple("Eerste gesprek", false));
		assertThat(route.steps().get(1).date()).isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(route.next()).contains("eerste gesprek");
	}

	@Test
	void showsTheTriageOutcomeButNotItsInternalReason() {
		var request = LifecyclePoliciesUnitTests.inTriage();
		request.decideTriage(LifecyclePoliciesUnitTests.decision(TriageOutcome.CJG_TREATMENT, null),
				LifecyclePoliciesUnitTests.OSS);

		var route = RouteExplanation.of(request, LifecyclePoliciesUnitTests.OSS);
		assertThat(route.steps()).extracting(RouteExplanation.RouteStep::explanation)
				.anyMatch(text -> text.contains("behandeling door de jeugdprofessional"))
				.noneMatch(text -> text.contains("geen veiligheidszorgen"));
	}

	@Test
	void endsWithTheClosureAndAnOpenDoor() {
		var request = LifecyclePoliciesUnitTests.inCjgTreatment();
		request.close(LocalDate.of(2026, 11, 16), ClosureReason.SOLVED_BY_CJG, "professional");

		var route = RouteExplanation.of(request, LifecyclePoliciesUnitTests.OSS);
		assertThat(route.steps().getLast().title()).isEqualTo("Afgesloten");
		assertThat(route.next()).contains("altijd welkom");
	}
}
