package nl.jeugdregie.plans.internal.socialwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.ClientFile;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * An adult resident's individual social work trajectory (PLAN-8, PLAN-9): who, the question in their words, when
 * registered, its state and its contacts. {@code version} is the optimistic lock. The team that registered it is its
 * case team.
 */
public record SocialWorkTrajectory(SocialWorkTrajectoryId id, String number, ClientId client, MunicipalityCode municipality,
		TeamId team, String worker, String residentName, LocalDate residentDateOfBirth, String question,
		LocalDate registeredOn, TrajectoryState state, long version, List<Contact> contacts) implements ClientFile {

	/** A conversation or contact with the resident. */
	record Contact(UUID id, ContactKind kind, LocalDate heldOn, ContactInitiator initiatedBy, String summary,
			String recordedBy) {}

	CaseScope scope() {
		return new CaseScope(municipality, team);
	}

	/** The file's reference in audit records: never a name. */
	@Override
	public String subject() {
		return Labels.text("text.plans.socialWork.subject", number);
	}

	public long clarificationConversations() {
		return contacts.stream().filter(c -> c.kind() == ContactKind.CLARIFICATION).count();
	}

	public boolean evaluated() {
		return contacts.stream().anyMatch(c -> c.kind() == ContactKind.EVALUATION);
	}

	/** The date of the latest contact of any kind, or null without contacts. */
	public @Nullable LocalDate lastContactOn() {
		return contacts.stream().map(Contact::heldOn).max(Comparator.naturalOrder()).orElse(null);
	}

	public List<Contact> contactsNewestFirst() {
		return contacts.stream().sorted(Comparator.comparing(Contact::heldOn).reversed()).toList();
	}
}
