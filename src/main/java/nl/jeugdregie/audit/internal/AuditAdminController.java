package nl.jeugdregie.audit.internal;

import java.time.Clock;
import nl.jeugdregie.audit.internal.AccessHistoryQuery.InvalidAccessHistoryQuery;
import nl.jeugdregie.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's screens on the audit trail: who opened a client's files (own municipality only) and
 * whether the chain is still intact. Plain GET forms, so they work without JavaScript.
 */
@Controller
@RequestMapping("/beheer/audit")
class AuditAdminController {

	private final AccessHistory history;
	private final AuditChainVerifier verifier;
	private final CurrentUsers users;
	private final Clock clock;

	AuditAdminController(AccessHistory history, AuditChainVerifier verifier, CurrentUsers users, Clock clock) {
		this.history = history;
		this.verifier = verifier;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String accessHistory(@RequestParam(required = false) @Nullable String client,
			@RequestParam(required = false) @Nullable String subject, Model model) {
		model.addAttribute("client", client == null ? "" : client);
		model.addAttribute("subject", subject == null ? "" : subject);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("limit", AccessHistory.LIMIT);
		// Both absent is the first visit: show the empty form, without an error.
		if (client == null && subject == null) {
			return "audit/access-history";
		}
		try {
			model.addAttribute("result", history.find(users.current().municipality(), AccessHistoryQuery.of(client, subject)));
		} catch (InvalidAccessHistoryQuery e) {
			model.addAttribute("searchError", e.messageKey());
		}
		return "audit/access-history";
	}

	@GetMapping("/controle")
	String verification(Model model) {
		model.addAttribute("verification", verifier.verify());
		return "audit/verification";
	}
}
