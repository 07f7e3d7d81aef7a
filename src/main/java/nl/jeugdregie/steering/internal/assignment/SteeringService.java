package nl.jeugdregie.steering.internal.assignment;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.steering.internal.financing.Budget;
import nl.jeugdregie.steering.internal.financing.BudgetCapStatus;
import nl.jeugdregie.steering.internal.financing.Figure;
import nl.jeugdregie.steering.internal.financing.FinancingWithinBudgetCap;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.risk.HeatMap;
import nl.jeugdregie.steering.internal.risk.RiskRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the municipality's assignment. Every figure is computed from the financing lines; the
 * document's stated figures are only put next to them. Policy officers and administrators change; providers read.
 */
@Service
public class SteeringService {

	public static final String NOT_PERMITTED = "notPermitted";
	static final int MAX_NOTE_LENGTH = 500;
	public static final int MAX_LABEL_LENGTH = 200;
	private static final Set<Role> EDITORS = EnumSet.of(Role.POLICY_OFFICER, Role.ADMINISTRATOR);

	private final SteeringRepository repository;
	private final Teams teams;
	private final AssignmentOfUser assignments;
	private final Clock clock;
	private final FinancingWithinBudgetCap budgetCap = new FinancingWithinBudgetCap();

	SteeringService(SteeringRepository repository, Teams teams, AssignmentOfUser assignments, Clock clock) {
		this.repository = repository;
		this.teams = teams;
		this.assignments = assignments;
		this.clock = clock;
	}

	public static boolean mayEdit(CurrentUser user) {
		return EDITORS.contains(user.role());
	}

	@Transactional(readOnly = true)
	AssignmentOverview overview(CurrentUser user) {
		var municipalityName = municipalityName(user);
		var found = assignments.of(user);
		if (found.isEmpty()) {
			return new AssignmentOverview(user.municipality().value(), municipalityName, null, List.of(), Figure.ZERO,
					Figure.ZERO, Figure.ZERO, Figure.ZERO, null, null);
		}
		var assignment = found.get();
		var budget = Budget.of(repository.financingLines(assignment));
		var stated = repository.statedFigures(assignment);
		var statedPerType = stated.stream().filter(figure -> figure.typeOfWorkId() != null)
				.collect(Collectors.toMap(SteeringRepository.StatedFigure::typeOfWorkId, Function.identity()));
		var rows = repository.typesOfWork(assignment).stream()
				.map(type -> new AssignmentOverview.TypeOfWorkRow(type, budget.of(type.id()),
						comparison(statedPerType, type, budget)))
				.toList();
		var proeftuin = stated.stream().filter(figure -> figure.kind().equals("PROEFTUIN")).findFirst()
				.map(figure -> new StatedFigureComparison(figure.label(), figure.fte(), figure.cents(), budget.proeftuin()))
				.orElse(null);
		return new AssignmentOverview(user.municipality().value(), municipalityName, assignment, rows, budget.youth(),
				budget.adults(), budget.overall(), budget.proeftuin(), proeftuin,
				new BudgetCapStatus(assignment.budgetCapCents(), budget.overall().cents()));
	}

	@Transactional(readOnly = true)
	public Optional<TypeOfWorkDetail> typeOfWork(CurrentUser user, long id) {
		return repository.typeOfWork(user.municipality(), id)
				.filter(type -> user.role() != Role.PROVIDER || assignments.sees(user, type.assignmentId())).map(type -> {
			var assignment = repository.assignment(type.assignmentId()).orElseThrow();
			var allLines = repository.financingLines(assignment);
			var budget = Budget.of(allLines);
			var lines = allLines.stream().filter(line -> Long.valueOf(type.id()).equals(line.typeOfWorkId())).toList();
			var statedPerType = repository.statedFigures(assignment).stream()
					.filter(figure -> figure.typeOfWorkId() != null)
					.collect(Collectors.toMap(SteeringRepository.StatedFigure::typeOfWorkId, Function.identity()));
			return new TypeOfWorkDetail(assignment, type, repository.goals(type), repository.coreConditions(type),
					repository.risks(type), lines, budget.of(type.id()), comparison(statedPerType, type, budget),
					new BudgetCapStatus(assignment.budgetCapCents(), budget.overall().cents()));
		});
	}

	@Transactional(readOnly = true)
	RiskRegister riskRegister(CurrentUser user) {
		var municipalityName = municipalityName(user);
		return assignments.of(user).map(assignment -> {
			var risks = repository.risks(assignment);
			return new RiskRegister(municipalityName, assignment, risks, HeatMap.of(risks),
					repository.reassessments(assignment));
		}).orElseGet(() -> new RiskRegister(municipalityName, null, List.of(), HeatMap.of(List.of()), List.of()));
	}

	/** The risk the user may reassess: forbidden for a user who does not edit, not found when not theirs. */
	@Transactional(readOnly = true)
	Outcome<AssignmentCommands.RiskId> reassessable(CurrentUser user, long riskId) {
		if (!mayEdit(user)) {
			return Outcome.forbidden("steering.refusal." + NOT_PERMITTED);
		}
		return AssignmentCommands.RiskId.of(riskId).filter(id -> repository.risk(user.municipality(), id.value()).isPresent())
				.<Outcome<AssignmentCommands.RiskId>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/** STU-3: a new probability and damage for a risk, with a note; the earlier scores stay in the history. */
	@Transactional
	Outcome<AssignmentCommands.RiskId> reassess(CurrentUser user, AssignmentCommands.ReassessRisk reassessment) {
		if (!mayEdit(user)) {
			return Outcome.forbidden("steering.refusal." + NOT_PERMITTED);
		}
		var risk = repository.risk(user.municipality(), reassessment.risk().value());
		if (risk.isEmpty()) {
			return Outcome.notFound();
		}
		if (!repository.reassess(risk.get(), reassessment.score(), reassessment.note(), user.username(),
				clock.instant())) {
			return Outcome.refused(Refusal.ofWhole("steering.refusal.risk.changedMeanwhile"));
		}
		return Outcome.done(reassessment.risk());
	}

	/** The type of work the user may add a line to: forbidden for a user who does not edit, not found when not theirs. */
	@Transactional(readOnly = true)
	Outcome<AssignmentCommands.TypeOfWorkId> lineAddable(CurrentUser user, long typeOfWorkId) {
		if (!mayEdit(user)) {
			return Outcome.forbidden("steering.refusal." + NOT_PERMITTED);
		}
		return AssignmentCommands.TypeOfWorkId.of(typeOfWorkId)
				.filter(id -> repository.typeOfWork(user.municipality(), id.value()).isPresent())
				.<Outcome<AssignmentCommands.TypeOfWorkId>>map(Outcome::done).orElseGet(Outcome::notFound);
	}

	/**
	 * STU-4, STU-7: adds a financing line to a type of work, unless the computed total of the assignment would go
	 * over its budget cap. Nothing is saved when refused.
	 */
	@Transactional
	Outcome<AssignmentCommands.TypeOfWorkId> addFinancingLine(CurrentUser user, AssignmentCommands.AddFinancingLine addition) {
		if (!mayEdit(user)) {
			return Outcome.forbidden("steering.refusal." + NOT_PERMITTED);
		}
		var type = repository.typeOfWork(user.municipality(), addition.typeOfWork().value());
		if (type.isEmpty()) {
			return Outcome.notFound();
		}
		var line = addition.line();
		var assignment = repository.assignment(type.get().assignmentId()).orElseThrow();
		repository.lock(assignment);
		var total = Budget.of(repository.financingLines(assignment)).overall().cents();
		// The cap allows the source document's stated rounding difference on top (ADR 0014).
		var check = budgetCap.check(total, 0, line.amountCents(),
				assignment.budgetCapCents() + repository.statedRoundingDifference(assignment));
		if (check instanceof FinancingWithinBudgetCap.OverCap over) {
			return Outcome.refused(Refusal.of("amount", "steering.refusal.amount.overCap", Amounts.euro(assignment.budgetCapCents()),
					Amounts.euro(over.newTotalCents() - assignment.budgetCapCents())));
		}
		repository.addFinancingLine(assignment, type.get(), line.label(), line.fte(), line.amountCents(), line.category(),
				user.username(), clock.instant());
		return Outcome.done(addition.typeOfWork());
	}

	private @Nullable StatedFigureComparison comparison(Map<Long, SteeringRepository.StatedFigure> stated,
			TypeOfWork type, Budget budget) {
		var figure = stated.get(type.id());
		return figure == null ? null
				: new StatedFigureComparison(figure.label(), figure.fte(), figure.cents(), budget.of(type.id()));
	}

	private String municipalityName(CurrentUser user) {
		return teams.municipality(user.municipality()).map(m -> m.name()).orElse(user.municipality().value());
	}
}
