package nl.jeugdregie.plans.internal.heavystep;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.plans.HeavyStepCheck;
import nl.jeugdregie.plans.HeavyStepDocument;
import nl.jeugdregie.plans.HeavyStepPolicies;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.plans.ProposedHeavyStep;
import nl.jeugdregie.plans.internal.household.JdbcHouseholds;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The heavy-step rules with the municipality's durations in force on the decision date (ADR 0008). */
@Service
public class NormHeavyStepPolicies implements HeavyStepPolicies {

	static final List<HeavyStepPolicy> RULES = List.of(new ExplanatoryAnalysisPolicy(),
			new EigenKrachtConferencePolicy());

	private final Norms norms;
	private final JdbcHouseholds households;

	NormHeavyStepPolicies(Norms norms, JdbcHouseholds households) {
		this.norms = norms;
		this.households = households;
	}

	/** Every rule's refusal, in the order of {@link #RULES}. */
	static HeavyStepCheck decide(ProposedHeavyStep step, List<HeavyStepDocument> documents, HeavyStepTerms terms) {
		var refusals = RULES.stream().map(rule -> rule.check(step, documents, terms)).flatMap(Optional::stream).toList();
		return refusals.isEmpty() ? new HeavyStepCheck.Allowed() : new HeavyStepCheck.Refused(refusals);
	}

	@Override
	public HeavyStepCheck check(MunicipalityCode municipality, ProposedHeavyStep step, List<HeavyStepDocument> documents) {
		return decide(step, documents, termsFor(municipality, step));
	}

	@Override
	@Transactional(readOnly = true)
	public HeavyStepCheck check(HouseholdId household, ProposedHeavyStep step) {
		var found = households.find(household)
				.orElseThrow(() -> new IllegalArgumentException("Unknown household " + household));
		var documents = households.documents(household).stream().map(RecordedDocument::forRules).toList();
		return check(found.municipality(), step, documents);
	}

	HeavyStepTerms termsFor(MunicipalityCode municipality, ProposedHeavyStep step) {
		return HeavyStepTerms.ofMonths(
				norms.inEffect(municipality, NormKey.EXPLANATORY_ANALYSIS_VALIDITY, step.decidedOn()).amount(),
				norms.inEffect(municipality, NormKey.SUPPORT_DURATION_REQUIRING_CONFERENCE, step.decidedOn()).amount());
	}
}
