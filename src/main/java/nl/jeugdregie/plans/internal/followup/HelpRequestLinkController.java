package nl.jeugdregie.plans.internal.followup;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * From a help request to its family plan: "Gezinsplan" on the request's page leads to the household the request
 * belongs to, or to the form that creates one for it. The household pages decide who may see the household.
 */
@Controller
class HelpRequestLinkController {

	private final JdbcPlanFollowUp followUps;
	private final CurrentUsers users;

	HelpRequestLinkController(JdbcPlanFollowUp followUps, CurrentUsers users) {
		this.followUps = followUps;
		this.users = users;
	}

	@GetMapping(path = "/gezinnen", params = "hulpvraag")
	String householdOf(@RequestParam("hulpvraag") UUID helpRequest) {
		if (!users.current().role().worksOnCases()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return followUps.householdOf(helpRequest).map(household -> "redirect:/gezinnen/" + household)
				.orElse("redirect:/gezinnen/nieuw?hulpvraag=" + helpRequest);
	}
}
