package nl.jeugdregie.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestRegistration;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RegisterHelpRequest;
import nl.jeugdregie.intake.RegistrationResult;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.intake.TriageOutcome;
import nl.jeugdregie.intake.Urgency;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TOE-8 → TOEW-2: a real help request walked through intake's lifecycle to an application for specialised care, and
 * allocation having heard of it through intake's event.
 */
public record Applications(HelpRequestRegistration registration, HelpRequestLifecycle lifecycle, TriageChecklist checklists,
		JdbcClient jdbc) {

	public UUID applied(CurrentUser professional, String bsn) {
		return applied(professional, bsn, LocalDate.of(2013, 3, 3));
	}

	/** An application for a young person born on {@code born} (MON-5: 18+). */
	public UUID applied(CurrentUser professional, String bsn, LocalDate born) {
		var registered = registration.register(new RegisterHelpRequest("Sem", "de Vries", born, bsn,
				"Anna de Vries", "moeder", Channel.PHONE, Referrer.GENERAL_PRACTITIONER, "Zware angstklachten.", false, null),
				professional, Instant.parse("2026-10-01T09:00:00Z"));
		var id = ((RegistrationResult.Registered) registered).id();
		step(id, new Step.HoldConversation(LocalDate.of(2026, 10, 5), true), professional);
		assertThat(checklists.recordConcerns(id, Map.of(), professional)).isInstanceOf(Outcome.Done.class);
		step(id, new Step.DecideTriage(TriageOutcome.SPECIALISED_CARE, Urgency.NORMAL, "Zware angst", null,
				LocalDate.of(2026, 10, 5)), professional);
		step(id, new Step.RecordApplication(LocalDate.of(2026, 10, 20)), professional);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from allocation_application where help_request_id = ?").param(id.value())
				.query(Long.class).single() == 1);
		return id.value();
	}

	private void step(HelpRequestId id, Step step, CurrentUser professional) {
		assertThat(lifecycle.perform(id, step, professional)).as(step.toString()).isInstanceOf(Outcome.Done.class);
	}
}
