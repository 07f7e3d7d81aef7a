package nl.jeugdregie.allocation.internal.decision;

import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementService;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TOEW-1: the decision letter as PDF for the team of the arrangement, its download audited. */
@Service
class DecisionLetters {

	private final ArrangementService arrangements;
	private final DecisionService decisions;
	private final Teams teams;
	private final AuditTrail audit;

	DecisionLetters(ArrangementService arrangements, DecisionService decisions, Teams teams, AuditTrail audit) {
		this.arrangements = arrangements;
		this.decisions = decisions;
		this.teams = teams;
		this.audit = audit;
	}

	@Transactional
	Outcome<byte[]> letter(CurrentUser user, ArrangementId id) {
		return Outcomes.then(arrangements.open(user, id), opened -> Outcomes.then(decisions.decisionOf(user, id), decided -> {
			var arrangement = opened.arrangement();
			var municipality = teams.municipality(arrangement.municipality()).map(m -> "gemeente " + m.name())
					.orElse("de gemeente");
			if (arrangement.youngPerson() != null) {
				audit.record(ClientFileAccess.read(user, arrangement.youngPerson(), arrangement.subject(),
						"Beschikking als pdf gemaakt", null));
			}
			return Outcome.done(DecisionLetter.pdf(municipality, opened.helpRequestNumber(), decided.decision(),
					decided.allocations(), decided.transfers()));
		}));
	}
}
