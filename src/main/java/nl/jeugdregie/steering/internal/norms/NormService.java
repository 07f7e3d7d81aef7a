package nl.jeugdregie.steering.internal.norms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.steering.internal.norms.NormCommands.AddNorm;
import nl.jeugdregie.steering.internal.norms.NormCommands.CloseQuarter;
import nl.jeugdregie.steering.internal.norms.NormCommands.CoreConditionId;
import nl.jeugdregie.steering.internal.norms.NormCommands.DeliverFigure;
import nl.jeugdregie.steering.internal.norms.NormCommands.NormId;
import nl.jeugdregie.steering.internal.norms.NormCommands.RecordCauseAnalysis;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.AssignmentOfUser;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;
import nl.jeugdregie.steering.internal.period.FigureForOpenPeriod;

/**
 * The provider's deliveries against the norms (STU-5): figures per period (one at a time or as a CSV file, with an
 * evidence file), cause analyses of missed norms; and the municipality closing a quarter. A provider's account holder
 * works only on its own assignment; policy officers and administrators on their municipality's.
 */
@Service
public class NormService {

	static final int MAX_ANALYSIS_LENGTH = 4000;
	static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
	/** The message code of "you may not do this" (answered as 403). */
	static final String NOT_PERMITTED = "steering.refusal." + SteeringService.NOT_PERMITTED;

	private final NormRepository norms;
	private final SteeringRepository steering;
	private final NormEvaluations evaluations;
	private final AssignmentOfUser assignments;
	private final Clock clock;
	private final QuarterlyFiguresCsv csv = new QuarterlyFiguresCsv();
	private final FigureForOpenPeriod openPeriod = new FigureForOpenPeriod();

	NormService(NormRepository norms, SteeringRepository steering, NormEvaluations evaluations,
			AssignmentOfUser assignments, Clock clock) {
		this.norms = norms;
		this.steering = steering;
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.clock = clock;
	}

	/** An evidence file as uploaded. */
	record EvidenceFile(String fileName, String contentType, byte[] content) {}

	/** The outcome of a CSV upload: all rows saved, or none with the problems by row and column. */
	sealed interface Upload {}

	record Imported(int figures) implements Upload {}

	record UploadRefused(List<QuarterlyFiguresCsv.CsvProblem> problems) implements Upload {}

	/** The assignment the user works on: a provider's own linked assignment, otherwise the municipality's latest. */
	public Optional<Assignment> assignmentOf(CurrentUser user) {
		return assignments.of(user);
	}

	public static boolean mayDeliver(CurrentUser user) {
		return user.role() == Role.PROVIDER || SteeringService.mayEdit(user);
	}

	@Transactional(readOnly = true)
	List<NormEvaluation> evaluations(CurrentUser user) {
		return assignmentOf(user).map(assignment -> evaluations.statusesOn(assignment.id(), today())).orElse(List.of());
	}

	/** A norm of the user's assignment; empty when it belongs to another one. */
	@Transactional(readOnly = true)
	Optional<Norm> norm(CurrentUser user, NormId id) {
		var assignment = assignmentOf(user);
		return norms.norm(id.value()).filter(norm -> assignment.map(a -> a.id() == norm.assignmentId()).orElse(false));
	}

	@Transactional(readOnly = true)
	Optional<NormEvaluation> evaluation(CurrentUser user, NormId id) {
		return norm(user, id).map(norm -> evaluations.evaluate(steering.assignment(norm.assignmentId()).orElseThrow(),
				norm, today()));
	}

	@Transactional(readOnly = true)
	List<DeliveredFigure> figures(Norm norm) {
		return norms.figures(norm.id());
	}

	/** The closed quarters of the norm's assignment, the start day of each. */
	@Transactional(readOnly = true)
	List<LocalDate> closedQuarters(Norm norm) {
		return norms.closedQuarters(norm.assignmentId());
	}

	@Transactional(readOnly = true)
	List<LocalDate> closedQuarters(Assignment assignment) {
		return norms.closedQuarters(assignment.id());
	}

	@Transactional(readOnly = true)
	Optional<NormRepository.Evidence> evidence(CurrentUser user, NormCommands.EvidenceId id) {
		return assignmentOf(user).flatMap(assignment -> norms.evidence(assignment.id(), id.value()));
	}

	/**
	 * The norm the user may deliver figures and cause analyses for, evaluated today: forbidden for a user who
	 * does not deliver, not found when it is not of the user's assignment.
	 */
	@Transactional(readOnly = true)
	Outcome<NormEvaluation> deliverable(CurrentUser user, NormId id) {
		if (!mayDeliver(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		return evaluation(user, id).<Outcome<NormEvaluation>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/** A figure for one norm and period; a new delivery for the same open period replaces the earlier one. */
	@Transactional
	Outcome<NormId> deliverFigure(CurrentUser user, DeliverFigure delivery) {
		if (!mayDeliver(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var norm = norm(user, delivery.norm());
		if (norm.isEmpty()) {
			return Outcome.notFound();
		}
		steering.lock(steering.assignment(norm.get().assignmentId()).orElseThrow());
		var figure = delivery.figure();
		if (norm.get().kind() != NormKind.DEADLINE) {
			var closed = openPeriod.check(DeliveredFigurePolicy.PERIOD, figure.period(), today(),
					norms.closedQuarters(norm.get().assignmentId()));
			if (closed.isPresent()) {
				return Outcome.refused(closed.get());
			}
		}
		var evidence = delivery.evidence();
		var evidenceId = evidence == null ? null : saveEvidence(norm.get().assignmentId(), evidence, user);
		norms.saveFigure(figure, evidenceId, user.username(), clock.instant());
		return Outcome.done(delivery.norm());
	}

	/** STU-5: a CSV file of figures with its evidence; every row is checked first and nothing is saved on a problem. */
	@Transactional
	Upload upload(CurrentUser user, byte[] file, @Nullable EvidenceFile evidence) {
		var assignment = assignmentOf(user).orElse(null);
		if (!mayDeliver(user) || assignment == null) {
			return new UploadRefused(List.of(new QuarterlyFiguresCsv.CsvProblem(0, "",
					Refusal.ofWhole(NOT_PERMITTED))));
		}
		var evidenceRefusal = evidenceRefusal(evidence, true);
		if (evidenceRefusal != null) {
			return new UploadRefused(List.of(new QuarterlyFiguresCsv.CsvProblem(0, "", evidenceRefusal)));
		}
		steering.lock(assignment);
		var byCode = norms.norms(assignment.id()).stream()
				.collect(java.util.stream.Collectors.toMap(Norm::code, norm -> norm));
		var content = new String(file, StandardCharsets.UTF_8);
		var result = csv.read(content, code -> Optional.ofNullable(byCode.get(code)), today(),
				norms.closedQuarters(assignment.id()));
		return switch (result) {
			case QuarterlyFiguresCsv.Refused refused -> new UploadRefused(refused.problems());
			case QuarterlyFiguresCsv.Accepted accepted -> {
				var evidenceId = saveEvidence(assignment.id(), java.util.Objects.requireNonNull(evidence), user);
				accepted.figures().forEach(figure -> norms.saveFigure(figure, evidenceId, user.username(), clock.instant()));
				yield new Imported(accepted.figures().size());
			}
		};
	}

	/** "onderzoekt de trend en oorzaak": the provider records its analysis of a missed norm for a period. */
	@Transactional
	Outcome<NormId> recordCauseAnalysis(CurrentUser user, RecordCauseAnalysis analysis) {
		if (!mayDeliver(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		if (norm(user, analysis.norm()).isEmpty()) {
			return Outcome.notFound();
		}
		norms.saveCauseAnalysis(analysis.norm().value(), analysis.period().start(), analysis.analysis(), user.username(),
				clock.instant());
		return Outcome.done(analysis.norm());
	}

	/**
	 * The core condition of the user's assignment a new norm goes on: forbidden for a user who does not edit the
	 * assignment, not found when there is no assignment or the condition is not of it.
	 */
	@Transactional(readOnly = true)
	Outcome<CoreConditionId> coreCondition(CurrentUser user, @Nullable Long coreConditionId) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var assignment = assignmentOf(user);
		if (assignment.isEmpty() || coreConditionId == null || coreConditionId <= 0
				|| norms.coreConditionTypeOfWork(assignment.get().id(), coreConditionId).isEmpty()) {
			return Outcome.notFound();
		}
		return Outcome.done(new CoreConditionId(coreConditionId));
	}

	/** STU-5: the municipality adds a norm to a core condition of its assignment; its figures come from the provider. */
	@Transactional
	Outcome<String> addNorm(CurrentUser user, AddNorm addition) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		var assignment = assignmentOf(user);
		var coreCondition = addition.coreCondition().value();
		if (assignment.isEmpty() || norms.coreConditionTypeOfWork(assignment.get().id(), coreCondition).isEmpty()) {
			return Outcome.notFound();
		}
		var norm = addition.norm();
		steering.lock(assignment.get());
		if (norms.codeTaken(assignment.get().id(), norm.code())) {
			return Outcome.refused(Refusal.of("code", "steering.refusal.norm.code.taken", norm.code()));
		}
		norms.addNorm(assignment.get().id(), coreCondition, norm.code(), norm.description(), norm.kind(),
				norm.target(), norm.deadline(), norm.period(), norm.effectiveFrom(), user.username(), clock.instant());
		return Outcome.done(norm.code());
	}

	/** Whether the user may close quarters of the municipality's assignment: forbidden, not found, or the assignment. */
	@Transactional(readOnly = true)
	Outcome<Assignment> closable(CurrentUser user) {
		if (!SteeringService.mayEdit(user)) {
			return Outcome.forbidden(NOT_PERMITTED);
		}
		return assignmentOf(user).<Outcome<Assignment>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/** The municipality closes a quarter: its figures are final from now on. */
	@Transactional
	Outcome<ReportingPeriod> closeQuarter(CurrentUser user, CloseQuarter closing) {
		return closable(user).then(assignment -> {
			norms.closeQuarter(assignment.id(), closing.quarter().start(), user.username(), clock.instant());
			return Outcome.done(closing.quarter());
		});
	}

	/** A too large evidence file, or a missing one where it is {@code required}; {@code null} when it is fine. */
	static @Nullable Refusal evidenceRefusal(@Nullable EvidenceFile evidence,
			boolean required) {
		if (evidence == null || evidence.content().length == 0) {
			return required ? Refusal.of("evidence", "steering.refusal.evidence.missing") : null;
		}
		if (evidence.content().length > MAX_EVIDENCE_BYTES) {
			return Refusal.of("evidence", "steering.refusal.evidence.tooLarge",
					MAX_EVIDENCE_BYTES / (1024 * 1024));
		}
		return null;
	}

	private long saveEvidence(long assignmentId, EvidenceFile evidence, CurrentUser user) {
		return norms.saveEvidence(assignmentId, evidence.fileName(), evidence.contentType(), evidence.content(),
				user.username(), clock.instant());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
