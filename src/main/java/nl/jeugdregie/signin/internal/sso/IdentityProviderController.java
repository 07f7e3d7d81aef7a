package nl.jeugdregie.signin.internal.sso;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the municipality's provider: {@code /beheer/inlogdienst}. */
@Controller
@RequestMapping("/beheer/inlogdienst")
class IdentityProviderController {

	/** The form as typed; booleans are checkboxes (absent means off). */
	static class ProviderForm {
		public String displayName = "";
		public String issuer = "";
		public String clientId = "";
		public String clientSecret = "";
		public String usernameClaim = "preferred_username";
		public boolean enabled = true;
		public boolean localLoginEnabled = true;
		public long version = -1;

		public String getDisplayName() { return displayName; }
		public void setDisplayName(String value) { displayName = value; }
		public String getIssuer() { return issuer; }
		public void setIssuer(String value) { issuer = value; }
		public String getClientId() { return clientId; }
		public void setClientId(String value) { clientId = value; }
		public String getClientSecret() { return clientSecret; }
		public void setClientSecret(String value) { clientSecret = value; }
		public String getUsernameClaim() { return usernameClaim; }
		public void setUsernameClaim(String value) { usernameClaim = value; }
		public boolean isEnabled() { return enabled; }
		public void setEnabled(boolean value) { enabled = value; }
		public boolean isLocalLoginEnabled() { return localLoginEnabled; }
		public void setLocalLoginEnabled(boolean value) { localLoginEnabled = value; }
		public long getVersion() { return version; }
		public void setVersion(long value) { version = value; }
	}

	private final IdentityProviderAdministration administration;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	IdentityProviderController(IdentityProviderAdministration administration, CurrentUsers users,
			OutcomeResponses responses) {
		this.administration = administration;
		this.users = users;
		this.responses = responses;
	}

	@ModelAttribute("redirectUri")
	String redirectUri(jakarta.servlet.http.HttpServletRequest request) {
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
				.path("/login/oauth2/code/" + IdentityProvider.registrationId(users.current().municipality()))
				.build().toUriString();
	}

	@GetMapping
	String show(Model model) {
		var form = new ProviderForm();
		var current = administration.current(users.current());
		current.ifPresent(provider -> {
			form.displayName = provider.displayName();
			form.issuer = provider.issuer().toString();
			form.clientId = provider.clientId();
			form.usernameClaim = provider.usernameClaim();
			form.enabled = provider.enabled();
			form.localLoginEnabled = provider.localLoginEnabled();
			form.version = provider.version();
		});
		model.addAttribute("form", form);
		model.addAttribute("secretSet", current.isPresent());
		return "signin/identity-provider";
	}

	@PostMapping
	String save(@ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var settings = new IdentityProviderSettings(form.displayName, form.issuer, form.clientId, form.clientSecret,
				form.usernameClaim, form.enabled, form.localLoginEnabled);
		var outcome = administration.save(users.current(), settings, form.version);
		return switch (outcome) {
			case Outcome.Done<IdentityProvider> done -> {
				redirect.addFlashAttribute("saved", true);
				yield "redirect:/beheer/inlogdienst";
			}
			case Outcome.Refused<IdentityProvider> refused -> {
				responses.rejectInto(refused, errors);
				form.clientSecret = "";
				model.addAttribute("secretSet", administration.current(users.current()).isPresent());
				model.addAttribute("failed", true);
				yield "signin/identity-provider";
			}
			case Outcome.Stale<IdentityProvider> stale -> {
				redirect.addFlashAttribute("stale", true);
				yield "redirect:/beheer/inlogdienst";
			}
			case Outcome.NotFound<IdentityProvider> notFound -> "redirect:/beheer/inlogdienst";
			case Outcome.Forbidden<IdentityProvider> forbidden ->
				throw new org.springframework.security.access.AccessDeniedException(forbidden.code());
		};
	}
}
