package nl.jeugdregie.steering.internal.norms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.steering.internal.assignment.Assignment;
import nl.jeugdregie.steering.internal.assignment.AssignmentOfUser;
import nl.jeugdregie.steering.internal.assignment.Refusal;
import nl.jeugdregie.steering.internal.assignment.SteeringChange;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.SteeringService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's deliveries against the norms (STU-5): figures per period (one at a time or as a CSV file, with an
 * evidence file), cause analyses of missed norms; and the municipality closing a quarter. A provider's account holder
 * works only on its own assignment; policy officers and administrators on their municipality's.
 */
@Service
public class NormService {

	static final int MAX_ANALYSIS_LENGTH = 4000;
	static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

	private final NormRepository norms;
	private final SteeringRepository steering;
	private final NormEvaluations evaluations;
	private final AssignmentOfUser assignments;
	private final Clock clock;
	private final DeliveredFigureRules rules = new DeliveredFigureRules();
	private final QuarterlyFiguresCsv csv = new QuarterlyFiguresCsv();
	private final NewNormRules newNorms = new NewNormRules();

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
	Optional<Norm> norm(CurrentUser user, long id) {
		var assignment = assignmentOf(user);
		return norms.norm(id).filter(norm -> assignment.map(a -> a.id() == norm.assignmentId()).orElse(false));
	}

	@Transactional(readOnly = true)
	Optional<NormEvaluation> evaluation(CurrentUser user, long id) {
		return norm(user, id).map(norm -> evaluations.evaluate(steering.assignment(norm.assignmentId()).orElseThrow(),
				norm, today()));
	}

	@Transactional(readOnly = true)
	List<DeliveredFigure> figures(Norm norm) {
		return norms.figures(norm.id());
	}

	@Transactional(readOnly = true)
	List<LocalDate> closedQuarters(Assignment assignment) {
		return norms.closedQuarters(assignment.id());
	}

	@Transactional(readOnly = true)
	Optional<NormRepository.Evidence> evidence(CurrentUser user, long id) {
		return assignmentOf(user).flatMap(assignment -> norms.evidence(assignment.id(), id));
	}

	/** A figure for one norm and period; a new delivery for the same open period replaces the earlier one. */
	@Transactional
	SteeringChange deliverFigure(CurrentUser user, long normId, @Nullable String period, @Nullable String value,
			@Nullable EvidenceFile evidence) {
		if (!mayDeliver(user)) {
			return new SteeringChange.Refused(new Refusal("", SteeringService.NOT_PERMITTED));
		}
		var norm = norm(user, normId);
		if (norm.isEmpty()) {
			return new SteeringChange.NotFound();
		}
		var evidenceRefusal = evidenceRefusal(evidence, false);
		if (evidenceRefusal != null) {
			return new SteeringChange.Refused(evidenceRefusal);
		}
		steering.lock(steering.assignment(norm.get().assignmentId()).orElseThrow());
		var result = rules.check(norm.get(), period, value, today(), norms.closedQuarters(norm.get().assignmentId()));
		return switch (result) {
			case DeliveredFigureRules.Refused refused -> new SteeringChange.Refused(refused.refusals());
			case DeliveredFigureRules.Accepted accepted -> {
				var evidenceId = evidence == null ? null : saveEvidence(norm.get().assignmentId(), evidence, user);
				norms.saveFigure(accepted.figure(), evidenceId, user.username(), clock.instant());
				yield new SteeringChange.Saved();
			}
		};
	}

	/** STU-5: a CSV file of figures with its evidence; every row is checked first and nothing is saved on a problem. */
	@Transactional
	Upload upload(CurrentUser user, byte[] file, @Nullable EvidenceFile evidence) {
		var assignment = assignmentOf(user).orElse(null);
		if (!mayDeliver(user) || assignment == null) {
			return new UploadRefused(List.of(new QuarterlyFiguresCsv.CsvProblem(0, "",
					new Refusal("", SteeringService.NOT_PERMITTED))));
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
	SteeringChange recordCauseAnalysis(CurrentUser user, long normId, @Nullable String period, @Nullable String text) {
		if (!mayDeliver(user)) {
			return new SteeringChange.Refused(new Refusal("", SteeringService.NOT_PERMITTED));
		}
		var evaluation = evaluation(user, normId);
		if (evaluation.isEmpty()) {
			return new SteeringChange.NotFound();
		}
		var analysis = text == null || text.isBlank() ? null : text.strip();
		if (analysis == null) {
			return new SteeringChange.Refused(new Refusal("analysis", "analysis.missing"));
		}
		if (analysis.length() > MAX_ANALYSIS_LENGTH) {
			return new SteeringChange.Refused(new Refusal("analysis", "analysis.tooLong", MAX_ANALYSIS_LENGTH));
		}
		var norm = evaluation.get().norm();
		var chosen = period == null || period.isBlank() ? Optional.of(evaluation.get().period())
				: norm.period().parse(period);
		if (chosen.isEmpty()) {
			return new SteeringChange.Refused(new Refusal("period", "period.malformed", norm.period().dutchName(),
					norm.period().example()));
		}
		norms.saveCauseAnalysis(norm.id(), chosen.get().start(), analysis, user.username(), clock.instant());
		return new SteeringChange.Saved();
	}

	/** STU-5: the municipality adds a norm to a core condition of its assignment; its figures come from the provider. */
	@Transactional
	SteeringChange addNorm(CurrentUser user, @Nullable Long coreConditionId, @Nullable String code,
			@Nullable String description, @Nullable String kind, @Nullable String target, @Nullable String deadline,
			@Nullable String period, @Nullable String effectiveFrom) {
		if (!SteeringService.mayEdit(user)) {
			return new SteeringChange.Refused(new Refusal("", SteeringService.NOT_PERMITTED));
		}
		var assignment = assignmentOf(user);
		if (assignment.isEmpty() || coreConditionId == null
				|| norms.coreConditionTypeOfWork(assignment.get().id(), coreConditionId).isEmpty()) {
			return new SteeringChange.NotFound();
		}
		return switch (newNorms.check(code, description, kind, target, deadline, period, effectiveFrom, today())) {
			case NewNormRules.Refused refused -> new SteeringChange.Refused(refused.refusals());
			case NewNormRules.Accepted accepted -> {
				var norm = accepted.norm();
				steering.lock(assignment.get());
				if (norms.codeTaken(assignment.get().id(), norm.code())) {
					yield new SteeringChange.Refused(new Refusal("code", "norm.code.taken", norm.code()));
				}
				norms.addNorm(assignment.get().id(), coreConditionId, norm.code(), norm.description(), norm.kind(),
						norm.target(), norm.deadline(), norm.period(), norm.effectiveFrom(), user.username(), clock.instant());
				yield new SteeringChange.Saved();
			}
		};
	}

	/** The municipality closes a quarter: its figures are final from now on. */
	@Transactional
	SteeringChange closeQuarter(CurrentUser user, @Nullable String quarter) {
		if (!SteeringService.mayEdit(user)) {
			return new SteeringChange.Refused(new Refusal("", SteeringService.NOT_PERMITTED));
		}
		var assignment = assignmentOf(user);
		if (assignment.isEmpty()) {
			return new SteeringChange.NotFound();
		}
		var period = NormPeriod.QUARTER.parse(quarter);
		if (period.isEmpty()) {
			return new SteeringChange.Refused(new Refusal("quarter", "period.malformed", NormPeriod.QUARTER.dutchName(),
					NormPeriod.QUARTER.example()));
		}
		if (!period.get().endedBefore(today())) {
			return new SteeringChange.Refused(new Refusal("quarter", "period.notEnded", period.get().label()));
		}
		norms.closeQuarter(assignment.get().id(), period.get().start(), user.username(), clock.instant());
		return new SteeringChange.Saved();
	}

	private @Nullable Refusal evidenceRefusal(@Nullable EvidenceFile evidence, boolean required) {
		if (evidence == null || evidence.content().length == 0) {
			return required ? new Refusal("evidence", "evidence.missing") : null;
		}
		if (evidence.content().length > MAX_EVIDENCE_BYTES) {
			return new Refusal("evidence", "evidence.tooLarge", MAX_EVIDENCE_BYTES / (1024 * 1024));
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
