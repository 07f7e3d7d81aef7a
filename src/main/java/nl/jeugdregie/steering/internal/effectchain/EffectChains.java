package nl.jeugdregie.steering.internal.effectchain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.steering.internal.assignment.AssignmentOfUser;
import nl.jeugdregie.steering.internal.assignment.SteeringRepository;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.norms.Norm;
import nl.jeugdregie.steering.internal.norms.NormEvaluation;
import nl.jeugdregie.steering.internal.norms.NormEvaluations;
import nl.jeugdregie.steering.internal.norms.NormRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the effect chains and indicators (STU-2). Everyone who reads the type of work reads its chain;
 * only the municipality's policy officer changes it. An indicator's figure is the latest evaluated figure of its
 * norm ({@link NormEvaluations}, on today), so it is the same figure the norms page shows.
 */
@Service
public class EffectChains {

	/** The message code of "you may not change the effect chain" (answered as 403). */
	static final String NOT_PERMITTED = "steering.refusal.effectChain.notPermitted";

	private final EffectChainRepository chains;
	private final SteeringRepository steering;
	private final AssignmentOfUser assignments;
	private final NormRepository norms;
	private final NormEvaluations evaluations;
	private final Clock clock;
	private final EffectChainInputPolicy policy = new EffectChainInputPolicy();

	EffectChains(EffectChainRepository chains, SteeringRepository steering, AssignmentOfUser assignments,
			NormRepository norms, NormEvaluations evaluations, Clock clock) {
		this.chains = chains;
		this.steering = steering;
		this.assignments = assignments;
		this.norms = norms;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/** Only the municipality's policy officer changes effect chains and indicators. */
	public static boolean mayEdit(CurrentUser user) {
		return user.role() == Role.POLICY_OFFICER;
	}

	/** A norm to choose for an indicator, named for a select list. */
	public record NormChoice(long id, String label) {}

	/** What the indicator's own page shows. */
	public record IndicatorPage(EffectChainView chain, EffectChain.GoalIndicators goal,
			EffectChainView.IndicatorView indicator) {}

	/** The chain of a type of work the caller has already found readable for the user. */
	@Transactional(readOnly = true)
	public EffectChain chainOf(TypeOfWork type) {
		return chains.chain(type.id(), type.assignmentId());
	}

	/** The chain as the type-of-work page shows it; the caller has already found the type readable for the user. */
	@Transactional(readOnly = true)
	public EffectChainView viewOf(CurrentUser user, TypeOfWork type) {
		var chain = chainOf(type);
		var anyNorm = chain.goals().stream().flatMap(goal -> goal.indicators().stream())
				.anyMatch(indicator -> indicator.normId() != null);
		Map<Long, NormEvaluation> latest = anyNorm
				? evaluations.statusesOn(type.assignmentId(), LocalDate.now(clock)).stream()
						.collect(Collectors.toMap(evaluation -> evaluation.norm().id(), Function.identity()))
				: Map.of();
		var goals = new ArrayList<EffectChainView.GoalView>();
		String previousHeading = null;
		for (var goal : chain.goals()) {
			var showHeading = goal.heading() != null && (goals.isEmpty() || !goal.heading().equals(previousHeading));
			previousHeading = goal.heading();
			goals.add(new EffectChainView.GoalView(goal, showHeading,
					goal.indicators().stream().map(indicator -> indicatorView(indicator, latest)).toList()));
		}
		return new EffectChainView(type, chain, List.copyOf(goals), mayEdit(user));
	}

	@Transactional(readOnly = true)
	public Optional<EffectChainView> view(CurrentUser user, long typeOfWorkId) {
		return readable(user, typeOfWorkId).map(type -> viewOf(user, type));
	}

	@Transactional(readOnly = true)
	Optional<IndicatorPage> indicator(CurrentUser user, long indicatorId) {
		return chains.typeOfWorkOfIndicator(indicatorId).flatMap(typeId -> view(user, typeId)).flatMap(view -> {
			var found = view.goals().stream().flatMap(goal -> goal.indicators().stream()
					.filter(indicator -> indicator.indicator().id() == indicatorId)
					.map(indicator -> new IndicatorPage(view, goal.goal(), indicator)))
					.findFirst();
			return found;
		});
	}

	/** The norms an indicator of the assignment may take its figure from. */
	@Transactional(readOnly = true)
	List<NormChoice> normChoices(long assignmentId) {
		return norms.norms(assignmentId).stream().map(norm -> new NormChoice(norm.id(), norm.code() + " – "
				+ shortened(norm.description()) + " (" + norm.typeOfWorkName() + ")")).toList();
	}

	/** Gives one link of the chain a new text; an empty text says the assignment does not describe it. */
	@Transactional
	Outcome<Changed> describe(CurrentUser user, long typeOfWorkId, ChainLink link, @Nullable String text,
			@Nullable Integer version) {
		return change(user, typeOfWorkId, chain -> chain.describe(link, text, version, policy));
	}

	/** Rewrites the links given (null keeps a link's text), against the chain's version when one is given. */
	@Transactional
	Outcome<Changed> rewrite(CurrentUser user, long typeOfWorkId, Map<ChainLink, @Nullable String> texts,
			@Nullable Integer version) {
		return change(user, typeOfWorkId, chain -> chain.rewrite(texts, version, policy));
	}

	@Transactional
	Outcome<Changed> addIndicator(CurrentUser user, long typeOfWorkId, long goalId, IndicatorInput input) {
		return change(user, typeOfWorkId,
				chain -> chain.addIndicator(goalId, input, normIds(chain.assignmentId()), policy));
	}

	@Transactional
	Outcome<Changed> changeIndicator(CurrentUser user, long indicatorId, IndicatorInput input,
			@Nullable Integer version) {
		return changeOfIndicator(user, indicatorId,
				chain -> chain.changeIndicator(indicatorId, input, version, normIds(chain.assignmentId()), policy));
	}

	@Transactional
	Outcome<Changed> removeIndicator(CurrentUser user, long indicatorId, @Nullable Integer version) {
		return changeOfIndicator(user, indicatorId, chain -> chain.removeIndicator(indicatorId, version));
	}

	private Outcome<Changed> changeOfIndicator(CurrentUser user, long indicatorId,
			Function<EffectChain, EffectChain.Decision> decide) {
		if (!mayEdit(user)) {
			return notPermitted();
		}
		return chains.typeOfWorkOfIndicator(indicatorId).map(typeId -> change(user, typeId, decide))
				.orElseGet(Outcome::notFound);
	}

	private Outcome<Changed> change(CurrentUser user, long typeOfWorkId,
			Function<EffectChain, EffectChain.Decision> decide) {
		if (!mayEdit(user)) {
			return notPermitted();
		}
		var type = steering.typeOfWork(user.municipality(), typeOfWorkId);
		if (type.isEmpty()) {
			return Outcome.notFound();
		}
		chains.lock(typeOfWorkId);
		var chain = chains.chain(typeOfWorkId, type.get().assignmentId());
		return switch (decide.apply(chain)) {
			case EffectChain.Decision.Unknown unknown -> Outcome.notFound();
			case EffectChain.Decision.Refused refused ->
					Outcome.refused(refused.refusals());
			case EffectChain.Decision.Accepted accepted -> {
				var at = clock.instant();
				var id = typeOfWorkId;
				for (var change : accepted.changes()) {
					id = chains.apply(typeOfWorkId, change, user.username(), at);
				}
				yield Outcome.done(new Changed(typeOfWorkId, id));
			}
		};
	}

	private Optional<TypeOfWork> readable(CurrentUser user, long typeOfWorkId) {
		return steering.typeOfWork(user.municipality(), typeOfWorkId)
				.filter(type -> user.role() != Role.PROVIDER || assignments.of(user)
						.map(assignment -> assignment.id() == type.assignmentId()).orElse(false));
	}

	private Set<Long> normIds(long assignmentId) {
		return norms.norms(assignmentId).stream().map(Norm::id).collect(Collectors.toSet());
	}

	private EffectChainView.IndicatorView indicatorView(Indicator indicator, Map<Long, NormEvaluation> latest) {
		if (indicator.normId() == null) {
			return new EffectChainView.IndicatorView(indicator, null, null);
		}
		var evaluation = Objects.requireNonNull(latest.get(indicator.normId()),
				"The norm of an indicator belongs to the indicator's assignment");
		var norm = evaluation.norm();
		return new EffectChainView.IndicatorView(indicator,
				new EffectChainView.NormRef(norm.id(), norm.code(), norm.description()),
				EffectChainView.Measurement.of(evaluation));
	}

	private static Outcome<Changed> notPermitted() {
		return Outcome.forbidden(NOT_PERMITTED);
	}

	private static String shortened(String text) {
		return text.length() <= 80 ? text : text.substring(0, 79).strip() + "…";
	}

	/**
	 * What a change to an effect chain changed.
	 *
	 * @param id the new indicator's id when one was added, otherwise the id of what changed
	 */
	record Changed(long typeOfWorkId, long id) {}

	/** Whether the change was refused because someone else changed the link or indicator since it was read. */
	static boolean changedMeanwhile(Outcome.Refused<?> refused) {
		return refused.refusals().stream().anyMatch(refusal -> refusal.code().endsWith("changedMeanwhile"));
	}
}
