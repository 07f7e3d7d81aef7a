package nl.jeugdregie.messaging.internal.incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.message.StatusAanlevering;

/**
 * Level 3 for a start or stop message: every class in order against what was received before (and the classes before
 * it in the same message). One broken rule rejects the whole message: the failing classes get their 9xxx code, the
 * others 0200, and nothing is applied. Pure: the service loads the state and applies the result.
 */
final class Judge {

	/** The retour codes and, when accepted, the deliveries to add and to remove. */
	record Judgement(RetourCodes codes, List<Delivery> added, List<Delivery> removed) {
		boolean accepted() {
			return codes.isAccepted();
		}
	}

	private Judge() {}

	static Judgement starts(IjwMessage.Start message, Deliveries state) {
		return judge(message.products(), product -> new SubmittedStart(message.client().bsn().value(), product),
				StartRules.all(), SubmittedStart::asDelivery, product -> product.status(), state);
	}

	static Judgement stops(IjwMessage.Stop message, Deliveries state) {
		return judge(message.products(), product -> new SubmittedStop(message.client().bsn().value(), product),
				StopRules.all(), SubmittedStop::asDelivery, product -> product.status(), state);
	}

	/** Every class of the message against its rules, in order; one broken rule rejects the whole message. */
	private static <P, C> Judgement judge(List<P> products, Function<P, C> submit, List<CrossMessageRule<C>> rules,
			Function<C, Delivery> asDelivery, Function<P, StatusAanlevering> status, Deliveries state) {
		var codes = new ArrayList<List<String>>();
		var added = new ArrayList<Delivery>();
		var removed = new ArrayList<Delivery>();
		var rejected = false;
		for (var product : products) {
			var submitted = submit.apply(product);
			var broken = first(rules, submitted, state);
			codes.add(List.of(broken.orElse(RetourCodes.NO_REMARK)));
			if (broken.isPresent()) {
				rejected = true;
				continue;
			}
			apply(status.apply(product), asDelivery.apply(submitted), state, added, removed);
		}
		return judgement(rejected, codes, added, removed);
	}

	private static <C> Optional<String> first(List<CrossMessageRule<C>> rules, C submitted, Deliveries state) {
		return rules.stream().map(rule -> rule.check(submitted, state)).flatMap(Optional::stream).findFirst();
	}

	private static void apply(StatusAanlevering status, Delivery delivery, Deliveries state, List<Delivery> added,
			List<Delivery> removed) {
		if (status == StatusAanlevering.DELETE) {
			state.remove(delivery);
			if (!added.remove(delivery)) {
				removed.add(delivery);
			}
		} else {
			state.add(delivery);
			added.add(delivery);
		}
	}

	private static Judgement judgement(boolean rejected, List<List<String>> codes, List<Delivery> added,
			List<Delivery> removed) {
		if (rejected) {
			return new Judgement(new RetourCodes(List.of(), List.of(RetourCodes.NO_REMARK), codes), List.of(), List.of());
		}
		return new Judgement(RetourCodes.none(), added, removed);
	}
}
