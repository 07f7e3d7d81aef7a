package nl.jeugdregie.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.CaseScope;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.intake.Channel;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.Referrer;
import org.jspecify.annotations.Nullable;

/**
 * A help request (hulpvraag) about a young person aged 0–23 (TOE-1): who it is about, who brought it
 * (TOE-3), how it came in, and its TOE-5 treatment clock. The aggregate guards its own lifecycle.
 */
public final class HelpRequest {

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

	HelpRequest(HelpRequestId id, String number, ClientId client, MunicipalityCode municipality, TeamId team,
			YoungPerson youngPerson, @Nullable Carer carer, Channel channel, Referrer referrer, String question,
			Instant registeredAt, String registeredBy, TreatmentClock clock, HelpRequestState state, long version) {
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
	}

	/** Marks the first conversation; the caller has checked {@link FirstConversationPolicy}. */
	void startTreatment(LocalDate conversationDate, String professional) {
		if (!(state instanceof HelpRequestState.AwaitingTreatment)) {
			throw new IllegalStateException("Treatment started already");
		}
		state = new HelpRequestState.InTreatment(conversationDate, professional);
	}

	public @Nullable LocalDate treatmentStartedOn() {
		return switch (state) {
			case HelpRequestState.AwaitingTreatment a -> null;
			case HelpRequestState.InTreatment t -> t.since();
		};
	}

	public TreatmentClock.Reading clockOn(LocalDate today) {
		return clock.read(today, treatmentStartedOn());
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
