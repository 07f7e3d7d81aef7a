package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.intake.internal.lifecycle.LifecycleTerms;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The route of a help request in plain language for the young person and parents (TOE-15): the steps with
 * their dates, which are done, and what happens next. Holds no internal notes.
 */
public record RouteExplanation(List<RouteStep> steps, String next) {

	/** One step of the route; {@code date} is when it happened, or the latest date by which it should. */
	public record RouteStep(String title, String explanation, @Nullable LocalDate date, boolean done) {

		public @Nullable String dutchDate() {
			return date == null ? null : Dates.dutch(date);
		}
	}

	static RouteExplanation of(HelpRequest request, LifecycleTerms terms) {
		var steps = new ArrayList<RouteStep>();
		var state = request.state();
		steps.add(new RouteStep(Labels.text("text.intake.route.registration.title"),
				Labels.text("text.intake.route.registration.explanation"),
				request.registeredOn(), true));
		var started = request.treatmentStartedOn();
		steps.add(new RouteStep(Labels.text("text.intake.route.firstConversation.title"), started != null
				? Labels.text("text.intake.route.firstConversation.done")
				: Labels.text("text.intake.route.firstConversation.planned"),
				started != null ? started : request.clock().deadline(), started != null));
		var triage = request.triage();
		steps.add(new RouteStep(Labels.text("text.intake.route.triage.title"), triage != null
				? Labels.text("text.intake.route.triage.done", triage.outcome().dutchName().toLowerCase())
				: Labels.text("text.intake.route.triage.planned"),
				triage != null ? triage.decidedOn() : null, triage != null));
		switch (state) {
			case HelpRequestState.InCjgTreatment t -> steps.add(new RouteStep(
					Labels.text("text.intake.route.cjgTreatment.title"),
					Labels.text("text.intake.route.cjgTreatment.explanation", terms.maxConversations(),
							request.conversations().size()), null, false));
			case HelpRequestState.AwaitingApplication a -> steps.add(new RouteStep(
					Labels.text("text.intake.route.awaitingApplication.title"),
					Labels.text("text.intake.route.awaitingApplication.explanation"),
					a.applicationDue(), false));
			case HelpRequestState.ApplicationMade a -> steps.add(new RouteStep(
					Labels.text("text.intake.route.applicationMade.title"),
					Labels.text("text.intake.route.applicationMade.explanation", Dates.dutch(a.appliedOn())),
					a.leadTimeDeadline(), false));
			case HelpRequestState.Closed c -> steps.add(new RouteStep(Labels.text("text.intake.route.closed.title"),
					c.reason().dutchName() + ".", c.closedOn(), true));
			// Before the first conversation and during triage the steps above say all there is.
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.InTriage _ -> { }
		}
		return new RouteExplanation(steps, next(state));
	}

	private static String next(HelpRequestState state) {
		return switch (state) {
			case HelpRequestState.AwaitingTreatment a ->
					Labels.text("text.intake.route.next.awaitingTreatment");
			case HelpRequestState.InTriage t ->
					Labels.text("text.intake.route.next.inTriage");
			case HelpRequestState.InCjgTreatment t ->
					Labels.text("text.intake.route.next.cjgTreatment");
			case HelpRequestState.AwaitingApplication a ->
					Labels.text("text.intake.route.next.awaitingApplication");
			case HelpRequestState.ApplicationMade a ->
					Labels.text("text.intake.route.next.applicationMade");
			case HelpRequestState.Closed c -> Labels.text("text.intake.route.next.closed");
		};
	}
}
