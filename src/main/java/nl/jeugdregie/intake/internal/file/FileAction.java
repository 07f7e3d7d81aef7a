package nl.jeugdregie.intake.internal.file;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.platform.text.Labelled;

/**
 * Issue 13 item 2: the file is a summary and each action that changes it has its own page,
 * {@code GET /hulpvragen/{id}/{slug}}, posting to the action's existing URL. A refused post shows the same page
 * again with its errors. {@link #form()} is the name the action's controller gives its errors ({@code lifecycleForm}),
 * {@link #fields()} the names of the form's fields in the order they appear.
 */
public enum FileAction implements Labelled {

	FIRST_CONVERSATION("eerste-gesprek", "firstConversation", List.of("conversationDate", "note")),
	CONTACT_AGREEMENT("contactafspraak", "contactAgreement", List.of("everyDays")),
	WAITING_CONTACT("contact", "waitingContact", List.of("contactedOn")),
	ASSIGNMENT("toewijzen", "assignment", List.of("professional")),
	LIFE_DOMAINS("leefgebieden", "checklist", List.of()),
	CLARIFICATION("vraagverheldering", "clarification", List.of("note")),
	CONVERSATION("gesprek", "conversation", List.of("heldOn")),
	TRIAGE("triage", "triage", List.of("outcome", "urgency", "reason", "familyExplanation")),
	SPECIALISED_CARE("specialistische-jeugdhulp", "specialisedCare", List.of()),
	CONTINUATION("doorgaan", "continuation", List.of("reason")),
	APPLICATION("aanvraag", "application", List.of("appliedOn")),
	CLOSURE("afsluiten", "closure", List.of("reason", "closedOn")),
	USEFULNESS("nuttigheid", "usefulness", List.of("respondent", "score")),
	CONSENT("toestemming", "consent", List.of("givenBy", "givenOn")),
	FEEDBACK("terugkoppeling", "feedback", List.of("kind"));

	/** The slugs of the action pages, as a path pattern for the one GET mapping. */
	static final String SLUGS = "eerste-gesprek|contactafspraak|contact|toewijzen|leefgebieden|vraagverheldering|gesprek"
			+ "|triage|specialistische-jeugdhulp|doorgaan|aanvraag|afsluiten|nuttigheid|toestemming|terugkoppeling";

	private final String slug;
	private final String form;
	private final List<String> fields;

	FileAction(String slug, String form, List<String> fields) {
		this.slug = slug;
		this.form = form;
		this.fields = fields;
	}

	public String slug() {
		return slug;
	}

	public String form() {
		return form;
	}

	public String title() {
		return dutchName();
	}

	public List<String> fields() {
		return fields;
	}

	public static Optional<FileAction> ofSlug(String slug) {
		for (var action : values()) {
			if (action.slug.equals(slug)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

	/** The action whose errors a controller names {@code form}. */
	public static FileAction ofForm(String form) {
		for (var action : values()) {
			if (action.form.equals(form)) {
				return action;
			}
		}
		throw new IllegalArgumentException("No action page for form " + form);
	}

	/**
	 * Whether the action can be taken on the request in its present state; its page is then offered (the
	 * policies still decide when it is posted). The assignment is offered to team leads only.
	 */
	public boolean availableOn(HelpRequest request, boolean teamLead) {
		var state = request.state().code();
		return switch (this) {
			case FIRST_CONVERSATION, CONTACT_AGREEMENT, WAITING_CONTACT -> state.equals("AWAITING_TREATMENT");
			case ASSIGNMENT -> teamLead && request.state().open();
			case LIFE_DOMAINS -> state.equals("AWAITING_TREATMENT") || state.equals("IN_TRIAGE");
			case CLARIFICATION, CLOSURE -> request.state().open();
			case CONVERSATION -> state.equals("IN_TRIAGE") || state.equals("IN_CJG_TREATMENT");
			case TRIAGE -> state.equals("IN_TRIAGE");
			case SPECIALISED_CARE, CONTINUATION -> state.equals("IN_CJG_TREATMENT");
			case APPLICATION -> state.equals("AWAITING_APPLICATION");
			case USEFULNESS -> state.equals("CLOSED");
			case CONSENT, FEEDBACK -> request.referrer().isProfessional();
		};
	}

	/** The id of the form element an error on {@code field} belongs to; an error on no field of the form, the first. */
	String elementId(String field) {
		if (this == FIRST_CONVERSATION) {
			return field.equals("note") ? "conversationNotes" : "conversationDate";
		}
		if (this == ASSIGNMENT) {
			return "professional";
		}
		if (fields.isEmpty()) {
			return form + "-knop";
		}
		return form + "-" + (fields.contains(field) ? field : fields.getFirst());
	}
}
