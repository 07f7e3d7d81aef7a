package nl.jeugdregie.messaging.internal.terms;

import java.time.Clock;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.policy.Norms;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the terms from {@link IjwMessageExchanged} alone (TOEW-7). Each judged message is remembered once by its key
 * (municipality, provider, type, identification): the same event again changes nothing. Then the terms of the message
 * itself and of the message it answers are derived again from what is remembered ({@link TermRules}), so an answer
 * that is handled before its question still meets the term once the question arrives.
 */
@Component
class TermProjection {

	private final TermRecords records;
	private final TermRules rules;
	private final Clock clock;

	TermProjection(TermRecords records, Norms norms, Clock clock) {
		this.records = records;
		this.rules = new TermRules((municipality, norm, on) -> norms.inEffect(municipality, norm, on).amount(),
				clock.getZone());
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(IjwMessageExchanged event) {
		if (event.outcome() == IjwMessageExchanged.Outcome.CHECKED_ONLY) {
			return; // a pre-check has no effect (issue 16 item 6), so it opens and meets no term
		}
		var message = ExchangedMessage.of(event);
		records.lockMunicipality(message.municipality());
		if (!records.remember(message, clock.instant())) {
			return;
		}
		derive(message);
		var answered = message.answers();
		if (answered != null) {
			for (var type : TermRules.answeredTypes(message.type())) {
				records.message(message.municipality(), message.providerAgb(), type, answered).ifPresent(this::derive);
			}
		}
	}

	private void derive(ExchangedMessage message) {
		var answers = records.answersTo(message.municipality(), message.providerAgb(), message.reference(),
				TermRules.answeringTypes(message.type()));
		for (var term : rules.derive(message, answers)) {
			records.save(message, term);
		}
	}
}
