package nl.jeugdregie.steering.internal.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * STU-6: a new assignment request is accepted or rejected with a reason and a date. A decision without a reason
 * is refused, and so is a date in the future or before the request was made; a request is decided only once.
 */
final class RequestDecisionPolicy {

	static final int MAX_REASON = 2000;

	sealed interface Result {}

	record Valid(AssignmentRequest.Status decision, String reason, LocalDate date) implements Result {}

	record Invalid(List<Refusal> refusals) implements Result {}

	Result check(AssignmentRequest request, @Nullable String decision, @Nullable String reason,
			@Nullable LocalDate date, LocalDate submittedOn, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		if (!request.undecided()) {
			return new Invalid(List.of(Refusal.ofWhole("steering.refusal.decision.alreadyDecided")));
		}
		AssignmentRequest.Status status = null;
		if ("ACCEPTED".equals(decision)) {
			status = AssignmentRequest.Status.ACCEPTED;
		}
		else if ("REJECTED".equals(decision)) {
			status = AssignmentRequest.Status.REJECTED;
		}
		else {
			refusals.add(Refusal.of("decision", "steering.refusal.decision.missing"));
		}
		var text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			refusals.add(Refusal.of("reason", "steering.refusal.decision.reason.missing"));
		}
		else if (text.length() > MAX_REASON) {
			refusals.add(Refusal.of("reason", "steering.refusal.decision.reason.tooLong", MAX_REASON));
		}
		if (date == null) {
			refusals.add(Refusal.of("date", "steering.refusal.decision.date.missing"));
		}
		else if (date.isAfter(today)) {
			refusals.add(Refusal.of("date", "steering.refusal.decision.date.future"));
		}
		else if (date.isBefore(submittedOn)) {
			refusals.add(Refusal.of("date", "steering.refusal.decision.date.beforeRequest"));
		}
		if (!refusals.isEmpty() || status == null || date == null) {
			return new Invalid(List.copyOf(refusals));
		}
		return new Valid(status, text, date);
	}
}
