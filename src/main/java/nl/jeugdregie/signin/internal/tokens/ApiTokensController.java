package nl.jeugdregie.signin.internal.tokens;

import java.time.Clock;
import nl.jeugdregie.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of API tokens. A new token is shown in the answer to the form, not after a redirect,
 * so it never lands in a URL or in the session.
 */
@Controller
@RequestMapping("/beheer/api-tokens")
class ApiTokensController {

	private final ApiTokens tokens;
	private final CurrentUsers users;
	private final Clock clock;

	ApiTokensController(ApiTokens tokens, CurrentUsers users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		return page(model, "", "", null);
	}

	@PostMapping
	String issue(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable Integer validDays, Model model) {
		if (username.isBlank() || description.isBlank()) {
			model.addAttribute("error", "Vul de gebruikersnaam in en schrijf waarvoor de sleutel is.");
			return page(model, username, description, validDays);
		}
		switch (tokens.issue(users.current(), username.strip(), description.strip(), validDays)) {
			case ApiTokens.IssueResult.Issued issued -> model.addAttribute("issued", issued);
			case ApiTokens.IssueResult.UnknownAccount unknown ->
					model.addAttribute("error", "Er is geen account met deze gebruikersnaam in uw gemeente.");
			case ApiTokens.IssueResult.InvalidValidity invalid ->
					model.addAttribute("error", "Een sleutel is 1 tot " + invalid.maxDays() + " dagen geldig.");
		}
		return model.containsAttribute("issued") ? page(model, "", "", null) : page(model, username, description, validDays);
	}

	@PostMapping("/{id}/intrekken")
	String revoke(@PathVariable String id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(tokens.revoke(users.current(), id) ? "revoked" : "notRevoked", id);
		return "redirect:/beheer/api-tokens";
	}

	private String page(Model model, String username, String description, @Nullable Integer validDays) {
		model.addAttribute("tokens", tokens.of(users.current()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", clock.getZone().getId());
		model.addAttribute("maxDays", tokens.maxDays());
		model.addAttribute("username", username);
		model.addAttribute("description", description);
		model.addAttribute("validDays", validDays == null ? tokens.maxDays() : validDays);
		return "signin/api-tokens";
	}
}
