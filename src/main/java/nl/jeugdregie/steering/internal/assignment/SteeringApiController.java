package nl.jeugdregie.steering.internal.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.steering.internal.effectchain.ChainLink;
import nl.jeugdregie.steering.internal.effectchain.EffectChains;
import nl.jeugdregie.steering.internal.financing.Figure;
import nl.jeugdregie.steering.internal.financing.FinancingCategory;
import nl.jeugdregie.steering.internal.financing.FinancingLine;
import nl.jeugdregie.steering.internal.financing.StatedFigureComparison;
import nl.jeugdregie.steering.internal.risk.HeatMap;
import nl.jeugdregie.steering.internal.risk.Risk;
import nl.jeugdregie.steering.internal.risk.RiskKind;
import nl.jeugdregie.steering.internal.risk.RiskReassessment;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's assignment over REST (STU-1 to STU-4, STU-7). Policy officers, administrators and providers
 * read; policy officers and administrators re-assess risks and add financing lines (the URL rules answer 403 to
 * others). Money is given in cents and as Dutch text; input amounts are Dutch text ("12.500,00").
 */
@RestController
@RequestMapping("/api/v1/steering")
@Tag(name = "Sturing: opdracht", description = "The municipality's assignment to the CJG: types of work, risks and financing (STU-1, STU-2, STU-5, STU-6)")
class SteeringApiController {

	private final SteeringService steering;
	private final CurrentUsers users;
	private final EffectChains effectChains;

	private final OutcomeResponses responses;

	SteeringApiController(SteeringService steering, CurrentUsers users,
			EffectChains effectChains, OutcomeResponses responses) {
		this.responses = responses;
		this.steering = steering;
		this.users = users;
		this.effectChains = effectChains;
	}

	@GetMapping("/assignment")
	@Operation(summary = "Gemeente Oss's assignment of the year: types of work with their computed and stated figures (STU-1)")
	OverviewResponse assignment() {
		return OverviewResponse.of(steering.overview(users.current()));
	}

	@GetMapping("/types-of-work/{id}")
	@Operation(summary = "One type of work: desired situation, effect chain, goals, core conditions, risks and financing lines (STU-1, STU-2)")
	@ApiResponse(responseCode = "200", description = "Het type werk", content = @Content(schema = @Schema(implementation = TypeOfWorkResponse.class)))
	ResponseEntity<?> typeOfWork(@PathVariable long id) {
		return steering.typeOfWork(users.current(), id).<ResponseEntity<?>>map(detail -> ResponseEntity.ok(
				new TypeOfWorkResponse(TypeOfWorkSummary.of(detail.type(), detail.subtotal(), detail.comparison()),
						detail.type().desiredSituation(),
						EffectChain.of(effectChains.chainOf(detail.type())),
						detail.goals(), detail.coreConditions(), detail.risks().stream().map(RiskResponse::of).toList(),
						detail.lines().stream().map(LineResponse::of).toList())))
				.orElseGet(SteeringApiController::notFound);
	}

	@GetMapping("/risks")
	@Operation(summary = "The risk register with its 3 × 3 heat map and the latest reassessments (STU-5)")
	RisksResponse risks() {
		var register = steering.riskRegister(users.current());
		var cells = register.heatMap().rows().stream().flatMap(row -> row.cells().stream()).toList();
		return new RisksResponse(register.assignment() == null ? null : register.assignment().year(),
				register.risks().stream().map(RiskResponse::of).toList(), cells,
				register.reassessments());
	}

	@PostMapping("/risks/{id}/assessments")
	@Operation(summary = "Reassess a risk: probability and damage 1-3, with a note (STU-5)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> reassess(@PathVariable long id, @RequestBody ReassessmentRequest request) {
		var user = users.current();
		var result = steering.reassessable(user, id)
				.then(risk -> AssignmentCommands.ReassessRisk.of(risk, request.probability(), request.damage(), request.note()))
				.then(reassessment -> steering.reassess(user, reassessment));
		return answer(result);
	}

	@PostMapping("/types-of-work/{id}/financing-lines")
	@Operation(summary = "Add a financing line to a type of work: label, category, FTE and amount (STU-6)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content)
	ResponseEntity<?> addLine(@PathVariable long id, @RequestBody FinancingLineRequest request) {
		var user = users.current();
		return answer(steering.lineAddable(user, id)
				.then(type -> AssignmentCommands.AddFinancingLine.of(type, request.label(), request.category(), request.fte(),
						request.amount()))
				.then(addition -> steering.addFinancingLine(user, addition)));
	}

	/** 201 when saved; otherwise the platform's problem+json, except that an unknown part is named as such. */
	private <T> ResponseEntity<?> answer(Outcome<T> outcome) {
		return switch (outcome) {
			case Outcome.NotFound<T> _ -> notFound();
			case Outcome.Done<T> _, Outcome.Refused<T> _, Outcome.Forbidden<T> _, Outcome.Stale<T> _ ->
					responses.toResponse(outcome, done -> ResponseEntity.status(HttpStatus.CREATED).build());
		};
	}

	private static ResponseEntity<?> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Dit onderdeel van de opdracht bestaat niet, of u mag het niet zien.");
	}

	/** A new score for a risk; a note is required. */
	record ReassessmentRequest(@Nullable Integer probability, @Nullable Integer damage, @Nullable String note) {}

	/**
	 * A new financing line for a type of work.
	 *
	 * @param category STAFF, ACTIVITY_BUDGET, HOUSING or OTHER
	 * @param fte Dutch decimal text such as "0,50", or empty
	 * @param amount euros as Dutch text such as "12.500,00"
	 */
	record FinancingLineRequest(@Nullable String label, @Nullable String category, @Nullable String fte,
			@Nullable String amount) {}

	record Money(long cents, String text) {

		static Money of(long cents) {
			return new Money(cents, Amounts.euro(cents));
		}
	}

	@Schema(name = "SteeringFigure")
	record FigureResponse(BigDecimal fte, Money amount) {

		static FigureResponse of(Figure figure) {
			return new FigureResponse(figure.fte(), Money.of(figure.cents()));
		}
	}

	record ComparisonResponse(String label, @Nullable BigDecimal statedFte, Money stated, FigureResponse computed,
			Money difference, BigDecimal fteDifference, boolean matches) {

		static @Nullable ComparisonResponse of(@Nullable StatedFigureComparison comparison) {
			return comparison == null ? null
					: new ComparisonResponse(comparison.label(), comparison.statedFte(), Money.of(comparison.statedCents()),
							FigureResponse.of(comparison.computed()), Money.of(comparison.differenceCents()),
							comparison.fteDifference(), comparison.matches());
		}
	}

	record TypeOfWorkSummary(long id, String code, String name, TargetGroup targetGroup, FigureResponse computed,
			@Nullable ComparisonResponse stated) {

		static TypeOfWorkSummary of(TypeOfWork type, Figure computed, @Nullable StatedFigureComparison comparison) {
			return new TypeOfWorkSummary(type.id(), type.code(), type.name(), type.targetGroup(),
					FigureResponse.of(computed), ComparisonResponse.of(comparison));
		}
	}

	record AssignmentResponse(int year, String provider, String title, String source, Money budgetCap) {}

	record OverviewResponse(String municipality, @Nullable AssignmentResponse assignment,
			List<TypeOfWorkSummary> typesOfWork, FigureResponse youth, FigureResponse adults, FigureResponse overall,
			FigureResponse proeftuinRuwaard, @Nullable ComparisonResponse proeftuinRuwaardStated,
			@Nullable Money roomUnderCap) {

		static OverviewResponse of(AssignmentOverview overview) {
			var assignment = overview.assignment();
			return new OverviewResponse(overview.municipalityCode(),
					assignment == null ? null
							: new AssignmentResponse(assignment.year(), assignment.providerName(), assignment.title(),
									assignment.source(), Money.of(assignment.budgetCapCents())),
					overview.rows().stream().map(row -> TypeOfWorkSummary.of(row.type(), row.computed(), row.comparison()))
							.toList(),
					FigureResponse.of(overview.youth()), FigureResponse.of(overview.adults()),
					FigureResponse.of(overview.overall()), FigureResponse.of(overview.proeftuin()),
					ComparisonResponse.of(overview.proeftuinComparison()),
					overview.cap() == null ? null : Money.of(overview.cap().roomCents()));
		}
	}

	/** The texts of the effect chain's links (STU-2); the links with goals and indicators: {@code …/effect-chain}. */
	record EffectChain(String input, String throughput, String output, String outcome, String impact) {

		static EffectChain of(nl.jeugdregie.steering.internal.effectchain.EffectChain chain) {
			return new EffectChain(chain.step(ChainLink.INPUT).text(), chain.step(ChainLink.THROUGHPUT).text(),
					chain.step(ChainLink.OUTPUT).text(), chain.step(ChainLink.OUTCOME).text(),
					chain.step(ChainLink.IMPACT).text());
		}
	}

	record RiskResponse(long id, String typeOfWork, String description, RiskKind kind, int probability, int damage,
			int effect, String precondition, String responsibleParty, String whereAgreed, String monitoringOwner) {

		static RiskResponse of(Risk risk) {
			return new RiskResponse(risk.id(), risk.typeOfWorkName(), risk.description(), risk.kind(), risk.probability(),
					risk.damage(), risk.effect(), risk.precondition(), risk.responsibleParty(), risk.whereAgreed(),
					risk.monitoringOwner());
		}
	}

	@Schema(name = "FinancingLine")
	record LineResponse(long id, String label, @Nullable BigDecimal fte, Money amount, FinancingCategory category,
			@Nullable TargetGroup targetGroup) {

		static LineResponse of(FinancingLine line) {
			return new LineResponse(line.id(), line.label(), line.fte(), Money.of(line.amountCents()), line.category(),
					line.targetGroup());
		}
	}

	record TypeOfWorkResponse(TypeOfWorkSummary typeOfWork, String desiredSituation, EffectChain effectChain,
			List<Goal> goals, List<CoreCondition> coreConditions, List<RiskResponse> risks,
			List<LineResponse> financingLines) {}

	record RisksResponse(@Nullable Integer year, List<RiskResponse> risks, List<HeatMap.Cell> heatMap,
			List<RiskReassessment> reassessments) {}
}
