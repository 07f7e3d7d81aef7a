package nl.jeugdregie.intake.internal.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.UserAccounts;
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
 * TOE-14: safety per help request. Only the case team reads and changes it: safety is the most sensitive part
 * of a file, so a case worker of another team does not see it even with a reason (that opens the file's
 * summary only). Every read, change and refusal is audited.
 */
@Service
class SafetyService {

	private final ChangeableFiles files;
	private final JdbcSafety safety;
	private final UserAccounts accounts;
	private final AuditTrail audit;
	private final Clock clock;

	SafetyService(ChangeableFiles files, JdbcSafety safety, UserAccounts accounts, AuditTrail audit, Clock clock) {
		this.files = files;
		this.safety = safety;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The request and its safety, for the case team; the read is audited. */
	public record View(HelpRequest request, SafetyFile safety, boolean mayTakeKeyDecisions) {}

	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	Optional<View> read(HelpRequestId id, CurrentUser user) {
		return files.read(id, user, Labels.text("text.intake.safety.readRefused"), Labels.text("text.intake.safety.read"),
				request -> new View(request, safety.of(id),
						KeyDecisionPolicy.isBehaviouralExpert(user.role(), accounts.expertiseOf(user.username()))));
	}

	@Transactional
	Outcome<String> recordStep(HelpRequestId id, @Nullable SafetyStep step, @Nullable LocalDate takenOn,
			@Nullable String note, @Nullable SafetyDecision decision, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var file = safety.of(id);
		var chosen = step == SafetyStep.DECISION ? decision : null;
		var refusals = SafetyPolicy.checkStep(file, step, takenOn, note, chosen, request.get().registeredOn(), today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		if (!safety.insert(id, new SafetyFile.Step(step, takenOn, note.strip(), chosen, user.username()), clock.instant())) {
			return Outcome.refused(Refusal.of("step", "intake.safety.step.order", step.dutchName()));
		}
		return done(request.get(), user, Labels.text("text.intake.safety.stepRecorded", step.dutchName().toLowerCase()));
	}

	@Transactional
	Outcome<String> recordPlan(HelpRequestId id, @Nullable String agreements, @Nullable String responsible,
			@Nullable LocalDate reviewOn, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = SafetyPolicy.checkPlan(agreements, responsible, reviewOn, today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		safety.insert(id, new SafetyFile.Plan(agreements.strip(), responsible.strip(), reviewOn, today(),
				user.username()), clock.instant());
		return done(request.get(), user, Labels.text("text.intake.safety.planRecorded"));
	}

	@Transactional
	Outcome<String> recordAction(HelpRequestId id, @Nullable SafetyActionKind kind, @Nullable LocalDate takenOn,
			@Nullable String outcome, CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = SafetyPolicy.checkAction(kind, takenOn, outcome, request.get().registeredOn(), today());
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		safety.insert(id, new SafetyFile.Action(kind, takenOn, outcome.strip(), user.username()), clock.instant());
		return done(request.get(), user, Labels.text("text.intake.safety.actionRecorded", kind.dutchName()));
	}

	@Transactional
	Outcome<String> recordKeyDecision(HelpRequestId id, @Nullable String decision, @Nullable LocalDate decidedOn,
			CurrentUser user) {
		var request = changeable(id, user);
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = KeyDecisionPolicy.check(user.role(), accounts.expertiseOf(user.username()), decision,
				decidedOn, request.get().registeredOn(), today());
		if (!refusals.isEmpty()) {
			if (refusals.getFirst().code().endsWith("behaviouralExpertOnly")) {
				files.refused(request.get(), user, Labels.text("text.intake.safety.keyDecisionRefused"));
			}
			return Outcome.refused(refusals);
		}
		safety.insert(id, new SafetyFile.KeyDecision(decidedOn, decision.strip(), user.username()), clock.instant());
		return done(request.get(), user, Labels.text("text.intake.safety.keyDecisionRecorded"));
	}

	private Optional<HelpRequest> changeable(HelpRequestId id, CurrentUser user) {
		return files.open(id, user, Labels.text("text.intake.safety.changeRefused"));
	}

	private Outcome<String> done(HelpRequest request, CurrentUser user, String what) {
		audit.record(ClientFileAccess.updated(user, request.client(), request.subject(), what));
		return Outcome.done(what);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
