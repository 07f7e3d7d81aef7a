package nl.jeugdregie.messaging.internal.terms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the terms from {@link IjwMessageExchanged} alone (TOEW-7), one message at a time or a judged batch at once
 * ({@link IjwMessagesExchanged}, ADR 0054); a single message is a batch of one. Each judged message is remembered once
 * by its key (municipality, provider, type, identification): the same event again changes nothing. Then the terms of
 * the messages themselves and of the messages they answer are derived again from what is remembered
 * ({@link TermRules}), so an answer that is handled before its question still meets the term once the question
 * arrives. A batch costs a fixed number of statements: remember all, load the answered messages, load their answers,
 * write all terms.
 */
@Component
class TermProjection {

	private final TermRecords records;
	private final Norms norms;
	private final Clock clock;

	TermProjection(TermRecords records, Norms norms, Clock clock) {
		this.records = records;
		this.norms = norms;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(IjwMessageExchanged event) {
		apply(List.of(event));
	}

	@ApplicationModuleListener
	void on(IjwMessagesExchanged event) {
		apply(event.messages());
	}

	void apply(List<IjwMessageExchanged> events) {
		// A pre-check has no effect (issue 16 item 6), so it opens and meets no term.
		var messages = events.stream().filter(e -> e.outcome() != IjwMessageExchanged.Outcome.CHECKED_ONLY)
				.map(ExchangedMessage::of).toList();
		if (messages.isEmpty()) {
			return;
		}
		messages.stream().map(m -> m.municipality().value()).distinct().sorted()
				.forEach(code -> records.lockMunicipality(new MunicipalityCode(code)));
		var fresh = records.rememberAll(messages, clock.instant());
		if (fresh.isEmpty()) {
			return;
		}
		var targets = new LinkedHashMap<TermRecords.Key, ExchangedMessage>();
		var answered = new ArrayList<TermRecords.Key>();
		for (var message : fresh) {
			targets.put(TermRecords.Key.of(message), message);
			if (message.answers() != null) {
				for (var type : TermRules.answeredTypes(message.type())) {
					answered.add(new TermRecords.Key(message.municipality().value(), message.providerAgb(), type,
							message.answers()));
				}
			}
		}
		for (var message : records.messages(answered)) {
			targets.putIfAbsent(TermRecords.Key.of(message), message);
		}
		var answers = records.answersTo(targets.values());
		var rules = rules();
		var terms = new ArrayList<TermRecords.Saved>();
		for (var target : targets.values()) {
			var types = TermRules.answeringTypes(target.type());
			var its = answers.getOrDefault(TermRecords.Question.of(target), List.of()).stream()
					.filter(a -> types.contains(a.type())).toList();
			for (var term : rules.derive(target, its)) {
				terms.add(new TermRecords.Saved(target, term));
			}
		}
		records.saveAll(terms);
	}

	/** The rules with the norms read once per batch (a batch has few distinct municipalities, norms and days). */
	private TermRules rules() {
		record Asked(MunicipalityCode municipality, NormKey norm, LocalDate on) {}
		var known = new HashMap<Asked, Integer>();
		return new TermRules((municipality, norm, on) -> known.computeIfAbsent(new Asked(municipality, norm, on),
				a -> norms.inEffect(municipality, norm, on).amount()), clock.getZone());
	}
}
