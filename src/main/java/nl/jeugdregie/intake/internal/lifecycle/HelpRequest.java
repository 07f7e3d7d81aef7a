package nl.jeugdregie.intake.internal.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.audit.TeamFile;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.intake.Crisis;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.intake.RequestType;
import nl.jeugdregie.intake.internal.registration.Carer;
import nl.jeugdregie.intake.internal.registration.EarlierRequest;
import nl.jeugdregie.intake.internal.registration.YoungPerson;
import org.jspecify.annotations.Nullable;

/**
 * A help request (hulpvraag) about a young person aged 0–23 (TOE-1): who it is about, who brought it
 * (TOE-3), how it came in, and its TOE-5 treatment clock. The aggregate guards its own lifecycle.
 */
public final class HelpRequest implements TeamFile {

	private final HelpRequestId id;
	private final String number;
	private final ClientId client;
	private final MunicipalityCode municipality;
	private final TeamId team;
	private final YoungPerson youngPerson;
	private final @Nullable Carer carer;
	private final Channel channel;
	private final Referrer referrer;
	private final String question;
	private final Instant registeredAt;
	private final String registeredBy;
	private final TreatmentClock clock;
	private HelpRequestState state;
	private final long version;
	private final List<Conversation> conversations;
	private final List<Conversation> newConversations = new ArrayList<>();
	private @Nullable TriageDecision triage;
	private @Nullable ContinuationDecision continuation;
	private @Nullable ContactAgreement contactAgreement;
	private Crisis crisis = Crisis.NONE;
	private RequestType type = RequestType.REGULAR;
	private @Nullable String assignedTo;
	private @Nullable EarlierRequest earlierRequest;
	private final List<WaitingContact> waitingContacts = new ArrayList<>();
	private final List<WaitingContact> newWaitingContacts = new ArrayList<>();

	public HelpRequest(HelpRequestId id, String number, ClientId client, MunicipalityCode municipality, TeamId team,
			YoungPerson youngPerson, @Nullable Carer carer, Channel channel, Referrer referrer, String question,
			Instant registeredAt, String registeredBy, TreatmentClock clock, HelpRequestState state, long version) {
		this(id, number, client, municipality, team, youngPerson, carer, channel, referrer, question, registeredAt,
				registeredBy, clock, state, version, List.of(), null, null);
	}

	HelpRequest(HelpRequestId id, String number, ClientId client, MunicipalityCode municipality, TeamId team,
			YoungPerson youngPerson, @Nullable Carer carer, Channel channel, Referrer referrer, String question,
			Instant registeredAt, String registeredBy, TreatmentClock clock, HelpRequestState state, long version,
			List<Conversation> conversations, @Nullable TriageDecision triage,
			@Nullable ContinuationDecision continuation) {
		this.id = id;
		this.number = number;
		this.client = client;
		this.municipality = municipality;
		this.team = team;
		this.youngPerson = youngPerson;
		this.carer = carer;
		this.channel = channel;
		this.referrer = referrer;
		this.question = question;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.clock = clock;
		this.state = state;
		this.version = version;
		this.conversations = new ArrayList<>(conversations);
		this.triage = triage;
		this.continuation = continuation;
	}

	/** Marks the first conversation; the caller has checked {@link FirstConversationPolicy}. */
	void startTreatment(LocalDate conversationDate, String professional) {
		if (!(state instanceof HelpRequestState.AwaitingTreatment)) {
			throw new IllegalStateException("Treatment started already");
		}
		state = new HelpRequestState.InTriage();
		addConversation(new Conversation(conversationDate, professional));
	}

	/** TOE-6: agrees how often the waiting applicant is contacted; the caller has checked {@link WaitingContactPolicy}. */
	void agreeContact(ContactAgreement agreement) {
		require(LifecycleAction.AGREE_CONTACT);
		contactAgreement = agreement;
	}

	/** TOE-6: a contact with the waiting applicant. */
	void recordContact(LocalDate contactedOn, String professional) {
		require(LifecycleAction.RECORD_CONTACT);
		var contact = new WaitingContact(contactedOn, professional);
		waitingContacts.add(contact);
		newWaitingContacts.add(contact);
	}

	/**
	 * A new registration, made without its number, with its number: the number is drawn last in the registration's
	 * transaction, because it locks the municipality's series until the commit (ADR 0053). Only for a request not
	 * yet stored, which has no conversations, decisions or contacts yet.
	 */
	public HelpRequest numbered(String caseNumber) {
		if (version != 0 || !conversations.isEmpty() || triage != null || continuation != null
				|| contactAgreement != null || !waitingContacts.isEmpty()) {
			throw new IllegalStateException("Only a new registration gets its number");
		}
		var numbered = new HelpRequest(id, caseNumber, client, municipality, team, youngPerson, carer, channel, referrer,
				question, registeredAt, registeredBy, clock, state, version);
		numbered.returningFrom(earlierRequest, assignedTo);
		numbered.markCrisis(crisis);
		numbered.classify(type);
		return numbered;
	}

	/** TOE-10: marks a request registered as a crisis, with when it came in. */
	public void markCrisis(Crisis crisis) {
		this.crisis = crisis;
	}

	public Crisis crisis() {
		return crisis;
	}

	/** TOE-16: records the kind of registration. */
	public void classify(RequestType type) {
		this.type = type;
	}

	public RequestType type() {
		return type;
	}

	/** TOE-12: links the earlier request of this young person and, within the period, assigns its professional. */
	public void returningFrom(@Nullable EarlierRequest earlier, @Nullable String professional) {
		this.earlierRequest = earlier;
		this.assignedTo = professional;
	}

	public @Nullable EarlierRequest earlierRequest() {
		return earlierRequest;
	}

	/** TOE-13: the team lead assigns the request to a professional of its team. */
	public void assign(String professional) {
		this.assignedTo = professional;
	}

	/** The professional the request is assigned to, if any; otherwise it is the team's. */
	public @Nullable String assignedTo() {
		return assignedTo;
	}

	/** Restores the waiting contacts as stored; used by the repository only. */
	void restoreWaitingContacts(@Nullable ContactAgreement agreement, List<WaitingContact> contacts) {
		contactAgreement = agreement;
		waitingContacts.clear();
		waitingContacts.addAll(contacts);
	}

	public @Nullable ContactAgreement contactAgreement() {
		return contactAgreement;
	}

	public List<WaitingContact> waitingContacts() {
		return List.copyOf(waitingContacts);
	}

	List<WaitingContact> newWaitingContacts() {
		return List.copyOf(newWaitingContacts);
	}

	public @Nullable LocalDate lastWaitingContactOn() {
		return waitingContacts.isEmpty() ? null : waitingContacts.getLast().contactedOn();
	}

	/**
	 * TOE-6: the day by which the next contact is due under the agreement (from the last contact, or from the
	 * agreement), or null without an agreement.
	 */
	public @Nullable LocalDate nextContactDue() {
		if (contactAgreement == null) {
			return null;
		}
		var last = lastWaitingContactOn();
		var from = last == null || last.isBefore(contactAgreement.agreedOn()) ? contactAgreement.agreedOn() : last;
		return from.plusDays(contactAgreement.everyDays());
	}

	/** A further conversation; the caller has checked {@link ConversationPolicy}. */
	void holdConversation(LocalDate heldOn, String professional) {
		require(LifecycleAction.CONVERSATION);
		addConversation(new Conversation(heldOn, professional));
	}

	/** Ends triage with its outcome; a closing outcome closes the request with it as its end reason. */
	public void decideTriage(TriageDecision decision, LifecycleTerms terms) {
		require(LifecycleAction.TRIAGE);
		triage = decision;
		state = switch (decision.outcome()) {
			case CJG_TREATMENT -> new HelpRequestState.InCjgTreatment();
			case SPECIALISED_CARE -> new HelpRequestState.AwaitingApplication(applicationDue(terms));
			case SOCIAL_TEAM, PRECEDING_FIELD, NO_CARE_NEEDED -> new HelpRequestState.Closed(decision.decidedOn(),
					ClosureReason.of(decision.outcome()), decision.decidedBy());
		};
	}

	/** Going on after the maximum number of conversations, with a recorded reason (TOE-7). */
	void continueBeyondMaximum(ContinuationDecision decision) {
		require(LifecycleAction.CONTINUE_BEYOND_MAXIMUM);
		continuation = decision;
	}

	/** During CJG treatment it turns out specialised care is needed: the application term starts (TOE-7). */
	void needSpecialisedCare(LifecycleTerms terms) {
		require(LifecycleAction.SPECIALISED_CARE_NEEDED);
		state = new HelpRequestState.AwaitingApplication(applicationDue(terms));
	}

	/** The application is made: the lead time to care starts (TOE-8). */
	void recordApplication(LocalDate appliedOn, LifecycleTerms terms) {
		require(LifecycleAction.APPLICATION);
		state = new HelpRequestState.ApplicationMade(appliedOn, appliedOn.plus(terms.leadTime()));
	}

	public void close(LocalDate closedOn, ClosureReason reason, String professional) {
		require(LifecycleAction.CLOSE);
		state = new HelpRequestState.Closed(closedOn, reason, professional, state.application());
	}

	private void require(LifecycleAction action) {
		if (!TransitionPolicy.allows(state, action)) {
			throw new IllegalStateException(action + " is not allowed in " + state.code());
		}
	}

	private void addConversation(Conversation conversation) {
		conversations.add(conversation);
		newConversations.add(conversation);
	}

	private LocalDate applicationDue(LifecycleTerms terms) {
		var last = lastConversationOn();
		return (last == null ? registeredOn() : last).plus(terms.applicationTerm());
	}

	public @Nullable LocalDate treatmentStartedOn() {
		return conversations.isEmpty() ? null : conversations.getFirst().heldOn();
	}

	public @Nullable String treatmentStartedBy() {
		return conversations.isEmpty() ? null : conversations.getFirst().professional();
	}

	public @Nullable LocalDate lastConversationOn() {
		return conversations.isEmpty() ? null : conversations.getLast().heldOn();
	}

	public List<Conversation> conversations() {
		return List.copyOf(conversations);
	}

	/** Conversations recorded since the request was loaded, for the repository to append. */
	List<Conversation> newConversations() {
		return List.copyOf(newConversations);
	}

	public @Nullable TriageDecision triage() {
		return triage;
	}

	public @Nullable ContinuationDecision continuation() {
		return continuation;
	}

	public TreatmentClock.Reading clockOn(LocalDate today) {
		return clock.read(today, treatmentStartedOn(),
				state instanceof HelpRequestState.Closed c ? c.closedOn() : null);
	}

	public CaseScope scope() {
		return new CaseScope(municipality, team);
	}

	/** The file's reference in audit records and on screen; never a name. */
	public String subject() {
		return "Hulpvraag " + number;
	}

	public LocalDate registeredOn() {
		return clock.registeredOn();
	}

	public HelpRequestId id() { return id; }
	public String number() { return number; }
	public ClientId client() { return client; }
	public MunicipalityCode municipality() { return municipality; }
	public TeamId team() { return team; }
	public YoungPerson youngPerson() { return youngPerson; }
	public @Nullable Carer carer() { return carer; }
	public Channel channel() { return channel; }
	public Referrer referrer() { return referrer; }
	public String question() { return question; }
	public Instant registeredAt() { return registeredAt; }
	public String registeredBy() { return registeredBy; }
	public TreatmentClock clock() { return clock; }
	public HelpRequestState state() { return state; }
	public long version() { return version; }
}
