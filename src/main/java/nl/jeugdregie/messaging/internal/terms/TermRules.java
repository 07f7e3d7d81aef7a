package nl.jeugdregie.messaging.internal.terms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged.Outcome;
import nl.jeugdregie.messaging.IjwMessageExchanged.RequestAnswer;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.IjwMessageType.Side;
import nl.jeugdregie.platform.calendar.WorkingDays;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormUnit;

/**
 * Which terms a message opens and whether its answers met them (TOEW-7; OP090, OP090x4, OP271, OP272, OP274, OP346),
 * as a pure function of the message and the messages that answer it. The projection re-derives a message's terms
 * whenever it or an answer arrives, so the order in which events arrive does not matter and a repeat changes nothing.
 */
final class TermRules {

	/** The length of a term: the norm in force for the municipality on the day the term starts. */
	@FunctionalInterface
	interface Lengths {
		int of(MunicipalityCode municipality, NormKey norm, LocalDate on);
	}

	private static final Set<IjwMessageType> REQUESTS = EnumSet.of(IjwMessageType.JW315, IjwMessageType.JW317);
	private static final Set<IjwMessageType> REQUEST_ANSWERS = EnumSet.of(IjwMessageType.JW301, IjwMessageType.JW319);

	private final Lengths lengths;
	private final ZoneId zone;

	TermRules(Lengths lengths, ZoneId zone) {
		this.lengths = lengths;
		this.zone = zone;
	}

	/** The types of message that can meet a term of a message of {@code type}. */
	static Set<IjwMessageType> answeringTypes(IjwMessageType type) {
		var types = EnumSet.noneOf(IjwMessageType.class);
		type.retour().ifPresent(types::add);
		if (REQUESTS.contains(type)) {
			types.addAll(REQUEST_ANSWERS);
		}
		if (type == IjwMessageType.JW323) {
			types.add(IjwMessageType.JW325);
		}
		return types;
	}

	/** The types of message a message of {@code type} can answer: the inverse of {@link #answeringTypes}. */
	static Set<IjwMessageType> answeredTypes(IjwMessageType type) {
		var types = EnumSet.noneOf(IjwMessageType.class);
		for (var candidate : IjwMessageType.values()) {
			if (answeringTypes(candidate).contains(type)) {
				types.add(candidate);
			}
		}
		return types;
	}

	/** The terms {@code message} opened, with {@code answers} (messages answering it, in any order) applied. */
	List<DerivedTerm> derive(ExchangedMessage message, List<ExchangedMessage> answers) {
		var terms = new ArrayList<DerivedTerm>();
		if (!message.directionFitsType()) {
			return terms; // a producer's mistake: no term can be told from it
		}
		var type = message.type();
		var on = day(message);
		var answering = answers.stream()
				.filter(answer -> answer.answers() != null && answer.answers().equals(message.reference())
						&& answer.providerAgb().equals(message.providerAgb())
						&& answeringTypes(type).contains(answer.type()))
				.sorted(Comparator.comparing(ExchangedMessage::exchangedAt).thenComparing(ExchangedMessage::reference))
				.toList();
		var receiver = type.sentBy() == Side.MUNICIPALITY ? Side.PROVIDER : Side.MUNICIPALITY;
		type.retour().ifPresent(retour -> terms.add(term(message, TermKind.RETOUR, receiver, on,
				first(answering, answer -> answer.type() == retour))));
		if (REQUESTS.contains(type) && message.outcome() == Outcome.ACCEPTED) {
			terms.add(term(message, TermKind.REQUEST_ANSWER, Side.MUNICIPALITY, on,
					first(answering, answer -> REQUEST_ANSWERS.contains(answer.type()))));
			if (answering.stream().anyMatch(TermRules::underInvestigation)) {
				terms.add(term(message, TermKind.INVESTIGATION, Side.MUNICIPALITY, on,
						first(answering, answer -> REQUEST_ANSWERS.contains(answer.type()) && !underInvestigation(answer))));
			}
		}
		if (type == IjwMessageType.JW323) {
			terms.add(term(message, TermKind.DECLARATION_ANSWER, Side.MUNICIPALITY, on,
					first(answering, answer -> answer.type() == IjwMessageType.JW325)));
		}
		var careDate = message.careDate();
		if (careDate != null && message.outcome() == Outcome.ACCEPTED
				&& (type == IjwMessageType.JW305 || type == IjwMessageType.JW307)) {
			// OP271, OP272: the term runs from the day care started or ended; the message itself meets it.
			terms.add(term(message, type == IjwMessageType.JW305 ? TermKind.START_MESSAGE : TermKind.STOP_MESSAGE,
					Side.PROVIDER, careDate, Optional.of(message)));
		}
		return terms;
	}

	private DerivedTerm term(ExchangedMessage message, TermKind kind, Side side, LocalDate startedOn,
			Optional<ExchangedMessage> metBy) {
		var length = lengths.of(message.municipality(), kind.norm(), startedOn);
		var dueOn = kind.norm().unit() == NormUnit.WORKING_DAYS ? WorkingDays.after(startedOn, length)
				: startedOn.plusWeeks(length);
		return new DerivedTerm(kind, MessageFlow.of(message.type()), side, startedOn, dueOn,
				metBy.map(this::day).orElse(null), metBy.map(ExchangedMessage::type).orElse(null),
				metBy.map(ExchangedMessage::reference).orElse(null));
	}

	private static boolean underInvestigation(ExchangedMessage answer) {
		return answer.type() == IjwMessageType.JW319 && answer.requestAnswer() == RequestAnswer.UNDER_INVESTIGATION;
	}

	private static Optional<ExchangedMessage> first(List<ExchangedMessage> answers, Predicate<ExchangedMessage> which) {
		return answers.stream().filter(which).findFirst();
	}

	/** The Dutch calendar day a message was exchanged on: terms count whole days in the municipality's time. */
	private LocalDate day(ExchangedMessage message) {
		return LocalDate.ofInstant(message.exchangedAt(), zone);
	}
}
