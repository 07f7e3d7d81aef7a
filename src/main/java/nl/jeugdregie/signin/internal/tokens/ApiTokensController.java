package nl.jeugdregie.signin.internal.tokens;

import java.time.Clock;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.signin.internal.tokens.JdbcApiTokens.StoredToken;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of API tokens (the security rules admit only that role under /beheer). A new token is
 * shown in the answer to the form, not after a redirect, so it never lands in a URL or in the session. Revoking
 * has a check step: it stops the system that uses the token at once.
 */
@Controller
@RequestMapping("/beheer/api-tokens")
class ApiTokensController {

	/** The form as the browser posts it. */
	static class IssueForm {

		private @Nullable String username;
		private @Nullable String description;
		private @Nullable String validDays;

		public @Nullable String getUsername() { return username; }
		public void setUsername(@Nullable String username) { this.username = username; }
		public @Nullable String getDescription() { return description; }
		public void setDescription(@Nullable String description) { this.description = description; }
		public @Nullable String getValidDays() { return validDays; }
		public void setValidDays(@Nullable String validDays) { this.validDays = validDays; }

		/** The days typed: null when left empty (the maximum) or not a whole number ({@link #daysTyped()}). */
		@Nullable Integer days() {
			try {
				return validDays == null || validDays.isBlank() ? null : Integer.valueOf(validDays.strip());
			} catch (NumberFormatException e) {
				return null;
			}
		}

		boolean daysTyped() {
			return validDays == null || validDays.isBlank() || days() != null;
		}

		NewApiToken wish() {
			return new NewApiToken(username, description, days());
		}
	}

	/** A token on the page, and whether it still works (so it can be revoked). */
	record Row(StoredToken token, boolean active) {}

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
		var form = new IssueForm();
		form.setValidDays(Long.toString(tokens.maxDays()));
		return page(model, form);
	}

	@PostMapping
	String issue(@ModelAttribute("form") IssueForm form, BindingResult binding, Model model) {
		for (var problem : form.wish().problems()) {
			binding.rejectValue(problem.field(), problem.field(), problem.message());
		}
		if (!form.daysTyped()) {
			binding.rejectValue("validDays", "geldigheid", validity());
		}
		if (!binding.hasErrors()) {
			switch (tokens.issue(users.current(), form.wish())) {
				case ApiTokens.IssueResult.Issued issued -> {
					model.addAttribute("issuedToken", issued.token().value());
					model.addAttribute("issuedAccount", issued.account());
					model.addAttribute("issuedUntil", issued.expiresAt());
					var empty = new IssueForm();
					empty.setValidDays(Long.toString(tokens.maxDays()));
					return page(model, empty);
				}
				case ApiTokens.IssueResult.UnknownAccount unknown -> binding.rejectValue("username", "onbekend",
						"Er is geen account met deze gebruikersnaam in uw gemeente.");
				case ApiTokens.IssueResult.InvalidValidity invalid -> binding.rejectValue("validDays", "geldigheid",
						validity());
			}
		}
		model.addAttribute("failed", true);
		return page(model, form);
	}

	/** The check step: which token, for which account, and what revoking it does. */
	@GetMapping("/{id}/intrekken")
	String confirmRevoke(@PathVariable String id, Model model, RedirectAttributes redirect) {
		var token = tokens.find(users.current(), id).filter(t -> t.validAt(clock.instant()));
		if (token.isEmpty()) {
			redirect.addFlashAttribute("notRevoked", id);
			return "redirect:/beheer/api-tokens";
		}
		model.addAttribute("token", token.get());
		return "signin/api-token-revoke";
	}

	@PostMapping("/{id}/intrekken")
	String revoke(@PathVariable String id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(tokens.revoke(users.current(), id) ? "revoked" : "notRevoked", id);
		return "redirect:/beheer/api-tokens";
	}

	private String validity() {
		return "Vul een aantal dagen in van 1 tot " + tokens.maxDays() + ".";
	}

	private String page(Model model, IssueForm form) {
		model.addAttribute("form", form);
		var now = clock.instant();
		model.addAttribute("tokens", tokens.of(users.current()).stream().map(t -> new Row(t, t.validAt(now))).toList());
		model.addAttribute("maxDays", tokens.maxDays());
		return "signin/api-tokens";
	}
}
