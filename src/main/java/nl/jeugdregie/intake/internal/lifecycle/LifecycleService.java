package nl.jeugdregie.intake.internal.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.ConversationHeld;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.HelpRequestLifecycle;
import nl.jeugdregie.intake.HelpRequestTransitioned;
import nl.jeugdregie.intake.Step.AgreeContact;
import nl.jeugdregie.intake.Step.Close;
import nl.jeugdregie.intake.Step.ContinueBeyondMaximum;
import nl.jeugdregie.intake.Step.DecideTriage;
import nl.jeugdregie.intake.Step.HoldConversation;
import nl.jeugdregie.intake.Step.NeedSpecialisedCare;
import nl.jeugdregie.intake.Step.RecordApplication;
import nl.jeugdregie.intake.Step.RecordContact;
import nl.jeugdregie.intake.Step;
import nl.jeugdregie.intake.TreatmentStarted;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.intake.internal.registration.RegistrationPolicy;
import nl.jeugdregie.intake.internal.triage.JdbcTriageInventory;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves help requests through their lifecycle (TOE-4, TOE-5, TOE-7, TOE-8): checks the user may change the
 * file, asks the named policies, applies the change, saves it (optimistic lock), audits it and publishes
 * the transition as an event with who and when.
 */
@Service
public class LifecycleService implements HelpRequestLifecycle {

	private final JdbcHelpRequests requests;
	private final Norms norms;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ChangeableFiles files;
	private final JdbcTriageInventory inventory;

	LifecycleService(JdbcHelpRequests requests, Norms norms, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock, ChangeableFiles files, JdbcTriageInventory inventory) {
		this.files = files;
		this.inventory = inventory;
		this.requests = requests;
		this.norms = norms;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Outcome<String> perform(HelpRequestId id, Step command, CurrentUser user) {
		var found = files.open(id, user, Labels.text("text.intake.changeRefused"));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var request = found.get();
		var today = LocalDate.now(clock);
		var terms = terms(request);
		var refusals = check(request, command, today, terms);
		if (refusals.isEmpty() && command instanceof DecideTriage) {
			refusals = TriageChecklistPolicy.check(inventory.hasChecklist(id)).stream().toList();
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var stateBefore = request.state();
		var conversationsBefore = request.conversations().size();
		var confirmation = apply(request, command, user, terms, today);
		requests.saveState(request, clock.instant());
		publish(request, stateBefore, conversationsBefore, user, today);
		audit.record(ClientFileAccess.updated(user, request.client(), request.subject(), confirmation));
		return Outcome.done(confirmation);
	}

	/** The later norms in force on the registration date, so a changed norm applies from its effective date. */
	public LifecycleTerms terms(HelpRequest request) {
		var on = request.registeredOn();
		var municipality = request.municipality();
		return new LifecycleTerms(norms.inEffect(municipality, NormKey.MAX_CONVERSATIONS, on).amount(),
				norms.inEffect(municipality, NormKey.APPLICATION_TERM_AFTER_LAST_CONVERSATION, on).asPeriod(),
				norms.inEffect(municipality, NormKey.ROUTE_TO_CARE_LEAD_TIME, on).asPeriod());
	}

	private static List<Refusal> check(HelpRequest request, Step command, LocalDate today,
			LifecycleTerms terms) {
		return switch (command) {
			case HoldConversation c when c.first() && !(request.state() instanceof HelpRequestState.AwaitingTreatment) ->
					List.of(Refusal.of("conversationDate", "intake.firstConversation.alreadyRecorded"));
			case HoldConversation c when c.heldOn() == null -> List.of(Refusal.of("heldOn", "intake.conversation.date.required"));
			case HoldConversation c when request.state() instanceof HelpRequestState.AwaitingTreatment ->
					FirstConversationPolicy.check(request, c.heldOn(), today).stream().toList();
			case HoldConversation c -> ConversationPolicy.check(request, c.heldOn(), today, terms.maxConversations())
					.stream().toList();
			case DecideTriage t -> TriagePolicy.check(request, t.outcome(), t.urgency(), t.reason(),
					t.familyExplanation(), t.decidedOn() == null ? today : t.decidedOn(), today);
			case ContinueBeyondMaximum c -> continuation(request, c, terms);
			case NeedSpecialisedCare n -> TransitionPolicy.check(request.state(), LifecycleAction.SPECIALISED_CARE_NEEDED)
					.stream().toList();
			case RecordApplication a when a.appliedOn() == null -> List.of(Refusal.of("appliedOn", "intake.application.date"));
			case RecordApplication a -> ApplicationPolicy.check(request, a.appliedOn(), today).stream().toList();
			case Close c -> ClosurePolicy.check(request, c.reason(), c.closedOn() == null ? today : c.closedOn(), today)
					.stream().toList();
			case AgreeContact a -> WaitingContactPolicy.checkAgreement(request, a.everyDays(),
					a.agreedOn() == null ? today : a.agreedOn(), today).stream().toList();
			case RecordContact c -> WaitingContactPolicy.checkContact(request, c.contactedOn(), today).stream().toList();
		};
	}

	/** TOE-7: going on after the maximum needs the maximum reached, once, with a reason. */
	private static List<Refusal> continuation(HelpRequest request, ContinueBeyondMaximum command, LifecycleTerms terms) {
		var refusals = new ArrayList<Refusal>();
		TransitionPolicy.check(request.state(), LifecycleAction.CONTINUE_BEYOND_MAXIMUM).ifPresent(refusals::add);
		if (refusals.isEmpty() && request.continuation() != null) {
			refusals.add(Refusal.of("reason", "intake.continuation.already"));
		}
		if (refusals.isEmpty() && request.conversations().size() < terms.maxConversations()) {
			refusals.add(Refusal.of("reason", "intake.continuation.notYet", terms.maxConversations()));
		}
		if (refusals.isEmpty() && (!RegistrationPolicy.present(command.reason())
				|| command.reason().strip().length() > TriagePolicy.MAX_TEXT)) {
			refusals.add(Refusal.of("reason", "intake.continuation.reason.required"));
		}
		return refusals;
	}

	private static String apply(HelpRequest request, Step command, CurrentUser user, LifecycleTerms terms,
			LocalDate today) {
		return switch (command) {
			case HoldConversation c when request.state() instanceof HelpRequestState.AwaitingTreatment -> {
				request.startTreatment(c.heldOn(), user.username());
				yield Labels.text("text.intake.firstConversationRecorded");
			}
			case HoldConversation c -> {
				request.holdConversation(c.heldOn(), user.username());
				yield Labels.text("text.intake.conversationRecorded", request.conversations().size());
			}
			case DecideTriage t -> {
				request.decideTriage(new TriageDecision(t.outcome(), t.urgency(), t.reason().strip(),
						RegistrationPolicy.present(t.familyExplanation()) ? t.familyExplanation().strip() : null,
						t.decidedOn() == null ? today : t.decidedOn(), user.username()), terms);
				yield Labels.text("text.intake.triageDone", t.outcome().dutchName());
			}
			case ContinueBeyondMaximum c -> {
				request.continueBeyondMaximum(new ContinuationDecision(c.reason().strip(), today, user.username()));
				yield Labels.text("text.intake.continuationDecided");
			}
			case NeedSpecialisedCare n -> {
				request.needSpecialisedCare(terms);
				yield Labels.text("text.intake.specialisedCareNeeded");
			}
			case RecordApplication a -> {
				request.recordApplication(a.appliedOn(), terms);
				yield Labels.text("text.intake.applicationRecorded");
			}
			case Close c -> {
				request.close(c.closedOn() == null ? today : c.closedOn(), c.reason(), user.username());
				yield Labels.text("text.intake.closed", c.reason().dutchName());
			}
			case AgreeContact a -> {
				request.agreeContact(new ContactAgreement(a.everyDays(), a.agreedOn() == null ? today : a.agreedOn(),
						user.username()));
				yield Labels.text("text.intake.contactAgreementRecorded", a.everyDays());
			}
			case RecordContact c -> {
				request.recordContact(c.contactedOn(), user.username());
				yield Labels.text("text.intake.waitingContactRecorded");
			}
		};
	}

	private void publish(HelpRequest request, HelpRequestState before, int conversationsBefore, CurrentUser user,
			LocalDate today) {
		var conversations = request.conversations();
		for (var number = conversationsBefore + 1; number <= conversations.size(); number++) {
			var conversation = conversations.get(number - 1);
			events.publishEvent(new ConversationHeld(request.id(), request.municipality(), request.team(), number,
					conversation.heldOn(), user.username()));
		}
		if (conversationsBefore == 0 && !conversations.isEmpty()) {
			events.publishEvent(new TreatmentStarted(request.id(), request.municipality(), request.team(),
					request.registeredOn(), request.clock().deadline(), conversations.getFirst().heldOn()));
		}
		var after = request.state();
		if (!after.code().equals(before.code())) {
			events.publishEvent(new HelpRequestTransitioned(request.id(), request.municipality(), request.team(),
					after.code(), outcome(request), transitionDate(request, today), user.username(), deadline(after)));
		}
	}

	private static @Nullable LocalDate deadline(HelpRequestState state) {
		return switch (state) {
			case HelpRequestState.AwaitingApplication a -> a.applicationDue();
			case HelpRequestState.ApplicationMade a -> a.leadTimeDeadline();
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.InTriage _, HelpRequestState.InCjgTreatment _,
					HelpRequestState.Closed _ -> null;
		};
	}

	private static @Nullable String outcome(HelpRequest request) {
		return switch (request.state()) {
			case HelpRequestState.Closed c -> c.reason().name();
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.InTriage _, HelpRequestState.InCjgTreatment _,
					HelpRequestState.AwaitingApplication _, HelpRequestState.ApplicationMade _ ->
					request.triage() == null ? null : request.triage().outcome().name();
		};
	}

	private static LocalDate transitionDate(HelpRequest request, LocalDate today) {
		return switch (request.state()) {
			case HelpRequestState.InTriage t -> request.treatmentStartedOn();
			case HelpRequestState.ApplicationMade a -> a.appliedOn();
			case HelpRequestState.Closed c -> c.closedOn();
			case HelpRequestState.InCjgTreatment _ -> request.triage() != null ? request.triage().decidedOn() : today;
			case HelpRequestState.AwaitingTreatment _, HelpRequestState.AwaitingApplication _ -> today;
		};
	}
}
