package nl.jeugdregie.platform.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;

class OutcomeResponsesUnitTests {

	record Form(String name) {}

	private final OutcomeResponses responses = new OutcomeResponses(messages());

	@Test
	void answersARefusalAsProblemJsonWithTheDutchTextPerField() {
		Outcome<String> outcome = Outcome.refused(Refusal.of("name", "name.required", 3));

		var response = responses.toResponse(outcome, ResponseEntity::ok);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		var problem = (ProblemDetail) response.getBody();
		assertThat(problem.getProperties().get("errors"))
				.isEqualTo(java.util.List.of(Map.of("field", "name", "message", "Vul een naam in (3).")));
	}

	@Test
	void answersEachOtherOutcomeWithItsOwnStatus() {
		assertThat(responses.toResponse(Outcome.done("x"), ResponseEntity::ok).getBody()).isEqualTo("x");
		assertThat(responses.toResponse(Outcome.notFound(), ResponseEntity::ok).getStatusCode().value()).isEqualTo(404);
		assertThat(responses.toResponse(Outcome.forbidden("not.allowed"), ResponseEntity::ok).getStatusCode().value())
				.isEqualTo(403);
		var stale = responses.toResponse(Outcome.stale(7), ResponseEntity::ok);
		assertThat(stale.getStatusCode().value()).isEqualTo(409);
		assertThat(((ProblemDetail) stale.getBody()).getProperties()).containsEntry("currentVersion", 7L);
	}

	@Test
	void putsFieldRefusalsNextToTheFieldAndOthersInTheSummary() {
		var form = new BeanPropertyBindingResult(new Form(""), "form");
		var refused = new Outcome.Refused<Void>(java.util.List.of(Refusal.of("name", "name.required", 3),
				Refusal.ofWhole("whole.refused"), Refusal.of("unknownField", "whole.refused")));

		responses.rejectInto(refused, form);

		assertThat(form.getFieldError("name").getDefaultMessage()).isEqualTo("Vul een naam in (3).");
		assertThat(form.getGlobalErrors()).hasSize(2);
	}

	@Test
	void refusesARefusalWithoutCodeAndARefusedOutcomeWithoutRefusals() {
		assertThatThrownBy(() -> Refusal.of("name", " ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Outcome.refused(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("Issue 18 item 2: a message that is not a refusal (a confirmation) is read from the bundle too")
	void readsAConfirmationWithItsArgumentsAndFallsBackToTheCode() {
		assertThat(responses.text("saved", "Team Noord")).isEqualTo("Team Noord is opgeslagen.");
		assertThat(responses.text("unknown.code")).isEqualTo("unknown.code");
	}

	private static StaticMessageSource messages() {
		var messages = new StaticMessageSource();
		messages.addMessage("name.required", Locale.getDefault(), "Vul een naam in ({0}).");
		messages.addMessage("name.required", new Locale("nl"), "Vul een naam in ({0}).");
		messages.addMessage("whole.refused", Locale.getDefault(), "Dit kan niet.");
		messages.addMessage("saved", Locale.getDefault(), "{0} is opgeslagen.");
		return messages;
	}
}
