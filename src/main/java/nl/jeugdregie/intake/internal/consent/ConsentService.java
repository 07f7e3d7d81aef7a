package nl.jeugdregie.intake.internal.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOE-11: records consent and its withdrawal, and the feedback to the referrer, whose letter the system writes.
 * Only the case team changes these; every change is audited.
 */
@Service
public class ConsentService {

	private final ChangeableFiles files;
	private final JdbcConsents consents;
	private final AuditTrail audit;
	private final Teams teams;
	private final Clock clock;

	ConsentService(ChangeableFiles files, JdbcConsents consents, AuditTrail audit, Teams teams, Clock clock) {
		this.files = files;
		this.consents = consents;
		this.audit = audit;
		this.teams = teams;
		this.clock = clock;
	}

	/** The consents and sent feedback of a request the caller has already opened. */
	public List<Consent> consentsOf(HelpRequest request) {
		return consents.of(request.id());
	}

	public List<SentFeedback> feedbackOf(HelpRequest request) {
		return consents.feedback(request.id());
	}

	@Transactional
	public Outcome<String> recordConsent(HelpRequestId id, @Nullable ConsentPurpose purpose, @Nullable ConsentGiver givenBy,
			@Nullable LocalDate givenOn, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var today = LocalDate.now(clock);
		var on = givenOn == null ? today : givenOn;
		var refusal = FeedbackPolicy.checkConsent(request.get(), purpose, givenBy, on, today);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		consents.insert(id, new Consent(UUID.randomUUID(), purpose, givenBy, on, user.username(), null, null));
		return done(request.get(), user, Labels.text("text.intake.consent.recorded", purpose.dutchName()));
	}

	@Transactional
	public Outcome<String> withdrawConsent(HelpRequestId id, UUID consent, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var today = LocalDate.now(clock);
		var existing = consents.of(id).stream().filter(c -> c.id().equals(consent)).findFirst();
		if (existing.isEmpty() || existing.get().withdrawn() || existing.get().givenOn().isAfter(today)
				|| !consents.withdraw(id, consent, today, user.username())) {
			return Outcome.refused(Refusal.of("consent", "intake.consent.notActive"));
		}
		return done(request.get(), user, Labels.text("text.intake.consent.withdrawn", existing.get().purpose().dutchName()));
	}

	@Transactional
	public Outcome<String> sendFeedback(HelpRequestId id, @Nullable FeedbackKind kind, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var today = LocalDate.now(clock);
		var refusal = FeedbackPolicy.check(request.get(), kind, consents.of(id), today);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		var team = teams.find(request.get().team()).map(t -> t.name()).orElse("CJG");
		consents.insert(id, new SentFeedback(kind, today, user.username(),
				FeedbackLetter.of(request.get(), kind, FeedbackLetter.consentedBy(consents.of(id), today), team, today)),
				clock.instant());
		return done(request.get(), user, Labels.text("text.intake.consent.feedbackRecorded", kind.dutchName()));
	}

	private Optional<HelpRequest> changeable(HelpRequestId id, CurrentUser user) {
		return files.open(id, user, Labels.text("text.intake.changeRefused"));
	}

	private Outcome<String> done(HelpRequest request, CurrentUser user, String what) {
		audit.record(ClientFileAccess.updated(user, request.client(), request.subject(), what));
		return Outcome.done(what);
	}
}
