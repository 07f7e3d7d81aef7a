package nl.jeugdregie.intake.internal.file;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequestState;
import nl.jeugdregie.intake.internal.lifecycle.LifecycleTerms;
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
		steps.add(new RouteStep("Aanmelding", "Uw vraag is aangemeld bij het Centrum Jeugd en Gezin.",
				request.registeredOn(), true));
		var started = request.treatmentStartedOn();
		steps.add(new RouteStep("Eerste gesprek", started != null
				? "U had uw eerste gesprek met een jeugdprofessional."
				: "U krijgt een eerste gesprek met een jeugdprofessional, uiterlijk op deze datum.",
				started != null ? started : request.clock().deadline(), started != null));
		var triage = request.triage();
		steps.add(new RouteStep("Samen kijken wat nodig is", triage != null
				? "We keken samen naar alle onderdelen van uw leven en uw gezin. Uitkomst: "
						+ triage.outcome().dutchName().toLowerCase() + "."
				: "We kijken samen naar alle onderdelen van uw leven en uw gezin, en spreken af welke hulp past.",
				triage != null ? triage.decidedOn() : null, triage != null));
		switch (state) {
			case HelpRequestState.InCjgTreatment t -> steps.add(new RouteStep("Hulp van het CJG",
					"U krijgt hulp van uw jeugdprofessional, in ongeveer " + terms.maxConversations()
							+ " gesprekken. Tot nu toe waren er " + request.conversations().size() + ".", null, false));
			case HelpRequestState.AwaitingApplication a -> steps.add(new RouteStep("Aanvraag specialistische jeugdhulp",
					"Uw jeugdprofessional vraagt specialistische jeugdhulp voor u aan, uiterlijk op deze datum.",
					a.applicationDue(), false));
			case HelpRequestState.ApplicationMade a -> steps.add(new RouteStep("Op weg naar specialistische jeugdhulp",
					"De aanvraag is gedaan op " + Dates.dutch(a.appliedOn())
							+ ". De hulp moet uiterlijk op deze datum geregeld zijn.", a.leadTimeDeadline(), false));
			case HelpRequestState.Closed c -> steps.add(new RouteStep("Afgesloten",
					c.reason().dutchName() + ".", c.closedOn(), true));
			// Before the first conversation and during triage the steps above say all there is.
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.InTriage _ -> { }
		}
		return new RouteExplanation(steps, next(state));
	}

	private static String next(HelpRequestState state) {
		return switch (state) {
			case HelpRequestState.AwaitingTreatment a ->
					"Een jeugdprofessional neemt contact met u op om het eerste gesprek te plannen.";
			case HelpRequestState.InTriage t ->
					"We maken samen de vraag duidelijk. Daarna spreken we af welke hulp het beste past.";
			case HelpRequestState.InCjgTreatment t ->
					"U en uw jeugdprofessional werken aan uw vraag. Is meer hulp nodig? Dan bespreken we dat samen.";
			case HelpRequestState.AwaitingApplication a ->
					"Uw jeugdprofessional bereidt de aanvraag voor en bespreekt die met u.";
			case HelpRequestState.ApplicationMade a ->
					"De gemeente beslist over de aanvraag. Uw jeugdprofessional houdt contact met u.";
			case HelpRequestState.Closed c -> "Heeft u later weer een vraag? U bent altijd welkom bij het CJG.";
		};
	}
}
