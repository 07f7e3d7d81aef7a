package nl.jeugdregie.steering.internal.effectchain;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The effect chain of a type of work and the indicators of its goals over REST (STU-2). Readers of the type of work
 * read; only the municipality's policy officer changes (others 403, another municipality's type of work 404). The
 * chain's version is its ETag; a PUT with a stale If-Match, or an indicator change with a stale version, answers 409.
 */
@RestController
@RequestMapping("/api/v1/steering")
@Tag(name = "Sturing: effectketen", description = "Effect chain input → throughput → output → outcome → impact per "
		+ "type of work, and the indicators of its goals with their latest figure (STU-2)")
class EffectChainApiController {

	private final EffectChains chains;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	EffectChainApiController(EffectChains chains, CurrentUsers users,
			OutcomeResponses responses) {
		this.responses = responses;
		this.chains = chains;
		this.users = users;
	}

	@GetMapping("/types-of-work/{id}/effect-chain")
	@Operation(summary = "The effect chain of a type of work, and its goals with their indicators and latest figures")
	@ApiResponse(responseCode = "200", description = "De effectketen; ETag is de versie", content = @Content(schema = @Schema(implementation = ChainResponse.class)))
	ResponseEntity<?> chain(@PathVariable long id) {
		return chains.view(users.current(), id).<ResponseEntity<?>>map(view -> ResponseEntity.ok()
				.eTag("\"" + view.chain().version() + "\"").body(ChainResponse.of(view)))
				.orElseGet(EffectChainApiController::notFound);
	}

	@PutMapping("/types-of-work/{id}/effect-chain")
	@Operation(summary = "Rewrite the links of the effect chain; a link left out or null keeps its text, an empty "
			+ "text means the assignment does not describe it. If-Match: the chain's version (optional)")
	@ApiResponse(responseCode = "204", description = "Herschreven")
	ResponseEntity<?> rewrite(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody ChainRequest request) {
		var version = version(ifMatch);
		if (ifMatch != null && version == null) {
			return Problems.invalid(List.of(new Problems.FieldProblem("If-Match",
					responses.text("steering.refusal.effectChain.ifMatch.malformed"))));
		}
		return answer(chains.rewrite(users.current(), id, request.texts(), version), false);
	}

	@PostMapping("/types-of-work/{id}/goals/{goalId}/indicators")
	@Operation(summary = "Add an indicator to a goal of the type of work")
	@ApiResponse(responseCode = "201", description = "De indicator; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> add(@PathVariable long id, @PathVariable long goalId, @RequestBody IndicatorRequest request) {
		return answer(chains.addIndicator(users.current(), id, goalId, request.input()), true);
	}

	@GetMapping("/indicators/{id}")
	@Operation(summary = "An indicator with its norm and the norm's latest figure")
	@ApiResponse(responseCode = "200", description = "De indicator", content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
	ResponseEntity<?> indicator(@PathVariable long id) {
		return chains.indicator(users.current(), id).<ResponseEntity<?>>map(page -> ResponseEntity.ok(
				IndicatorResponse.of(page.indicator()))).orElseGet(EffectChainApiController::notFound);
	}

	@PutMapping("/indicators/{id}")
	@Operation(summary = "Change an indicator; version: the indicator's version (optional)")
	@ApiResponse(responseCode = "204", description = "Gewijzigd")
	ResponseEntity<?> change(@PathVariable long id, @RequestBody IndicatorRequest request) {
		return answer(chains.changeIndicator(users.current(), id, request.input(), request.version()), false);
	}

	@DeleteMapping("/indicators/{id}")
	@Operation(summary = "Remove an indicator; version: the indicator's version (optional)")
	@ApiResponse(responseCode = "204", description = "Verwijderd")
	ResponseEntity<?> remove(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version) {
		return answer(chains.removeIndicator(users.current(), id, version), false);
	}

	/**
	 * 201 with the new indicator or 204; otherwise the platform's problem+json, except that an unknown part is named
	 * as such and a change someone else made first is 409 with the reason.
	 */
	private ResponseEntity<?> answer(Outcome<EffectChains.Changed> result, boolean created) {
		return switch (result) {
			case Outcome.NotFound<EffectChains.Changed> _ -> notFound();
			case Outcome.Refused<EffectChains.Changed> refused when EffectChains.changedMeanwhile(refused) ->
					Problems.conflict(responses.message(refused.refusals().getFirst()));
			case Outcome.Done<EffectChains.Changed> _, Outcome.Refused<EffectChains.Changed> _,
					Outcome.Forbidden<EffectChains.Changed> _, Outcome.Stale<EffectChains.Changed> _ ->
					responses.toResponse(result, done -> created
							? ResponseEntity.created(URI.create("/api/v1/steering/indicators/" + done.id()))
									.body(new Created(done.id()))
							: ResponseEntity.noContent().build());
		};
	}

	private static ResponseEntity<?> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Dit onderdeel van de opdracht bestaat niet, of u mag het niet zien.");
	}

	/** The version in an If-Match header such as {@code "3"} or {@code W/"3"}; null when absent or not a number. */
	static @Nullable Integer version(@Nullable String ifMatch) {
		var version = IfMatch.version(ifMatch);
		return version == null || version != version.intValue() ? null : version.intValue();
	}

	@Schema(name = "SteeringCreated")
	record Created(long id) {}

	/** The texts of the links; a link left out or null keeps its text, an empty text clears it. */
	record ChainRequest(@Nullable String input, @Nullable String throughput, @Nullable String output,
			@Nullable String outcome, @Nullable String impact) {

		Map<ChainLink, @Nullable String> texts() {
			var texts = new EnumMap<ChainLink, @Nullable String>(ChainLink.class);
			texts.put(ChainLink.INPUT, input);
			texts.put(ChainLink.THROUGHPUT, throughput);
			texts.put(ChainLink.OUTPUT, output);
			texts.put(ChainLink.OUTCOME, outcome);
			texts.put(ChainLink.IMPACT, impact);
			return texts;
		}
	}

	/**
	 * An indicator of a goal.
	 *
	 * @param normId a norm of the same assignment whose latest figure is the indicator's figure; null for none
	 * @param target a number as Dutch text, such as "90" or "12,5"; empty or null for none
	 * @param version only for a change: the indicator's version it was read at
	 */
	record IndicatorRequest(@Nullable String name, @Nullable String measures, @Nullable String unit,
			@Nullable Long normId, @Nullable String target, @Nullable Integer version) {

		IndicatorInput input() {
			return new IndicatorInput(name, measures, unit, normId, target);
		}
	}

	/** @param described false where the assignment does not describe the link */
	record StepResponse(ChainLink link, int step, String label, String text, boolean described, String source,
			int version) {

		static StepResponse of(EffectChain.Step step) {
			return new StepResponse(step.link(), step.link().step(), step.link().fullLabel(), step.text(),
					step.described(), step.source(), step.version());
		}
	}

	/** @param latest null when the indicator has no norm: Jeugdregie computes no figure for it */
	record IndicatorResponse(long id, long goalId, String name, String measures, String unit,
			@Nullable BigDecimal target, EffectChainView.@Nullable NormRef norm,
			EffectChainView.@Nullable Measurement latest, int version) {

		static IndicatorResponse of(EffectChainView.IndicatorView view) {
			var indicator = view.indicator();
			return new IndicatorResponse(indicator.id(), indicator.goalId(), indicator.name(), indicator.measures(),
					indicator.unit(), indicator.target(), view.norm(), view.latest(), indicator.version());
		}
	}

	record GoalResponse(long id, int position, @Nullable String heading, String text,
			List<IndicatorResponse> indicators) {}

	record ChainResponse(long typeOfWorkId, String typeOfWork, int version, List<StepResponse> steps,
			List<GoalResponse> goals) {

		static ChainResponse of(EffectChainView view) {
			return new ChainResponse(view.type().id(), view.type().name(), view.chain().version(),
					view.steps().stream().map(StepResponse::of).toList(),
					view.goals().stream().map(goal -> new GoalResponse(goal.goal().goalId(), goal.goal().position(),
							goal.goal().heading(), goal.goal().text(),
							goal.indicators().stream().map(IndicatorResponse::of).toList())).toList());
		}
	}
}
