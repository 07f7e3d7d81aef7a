package nl.jeugdregie.identity.internal.municipalities;

import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.internal.AdminPages;
import nl.jeugdregie.identity.internal.Saved;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 14 item 2 (ADR 0042): the regional administrator's screens. The region's municipalities; adding one and
 * adding its first administrator, each through a check step before anything is saved; the one-time password is
 * shown once. Plain HTML forms.
 */
@Controller
@RequestMapping("/beheer/gemeenten")
class MunicipalityAdminPageController {

	private static final String FORM = "form";

	private final MunicipalityAdministration municipalities;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	MunicipalityAdminPageController(MunicipalityAdministration municipalities, CurrentUsers users, OutcomeResponses responses) {
		this.responses = responses;
		this.municipalities = municipalities;
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		var admin = users.current();
		model.addAttribute("region", municipalities.region(admin).orElse(null));
		model.addAttribute("municipalities", municipalities.list(admin));
		return "identity/admin/municipalities";
	}

	@GetMapping("/nieuw")
	String newMunicipality(Model model) {
		model.addAttribute(FORM, new MunicipalityForm());
		return municipalityForm(model);
	}

	@PostMapping("/nieuw")
	String create(@ModelAttribute(FORM) MunicipalityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.isChange()) {
			return municipalityForm(model);
		}
		if (!form.isConfirmed()) {
			var problems = municipalities.checkMunicipality(form.getCode(), form.getName());
			if (!problems.isEmpty()) {
				AdminPages.reject(errors, new Outcome.Refused<Saved>(problems), responses);
				return municipalityForm(model);
			}
			return check(model, "municipality");
		}
		var outcome = municipalities.create(users.current(), form.getCode(), form.getName());
		return AdminPages.answer(outcome, errors, responses, saved -> {
			redirect.addFlashAttribute("message", confirmation(saved));
			return "redirect:/beheer/gemeenten/" + saved.id();
		}, () -> municipalityForm(model));
	}

	@GetMapping("/{code}")
	String municipality(@PathVariable String code, Model model) {
		model.addAttribute("municipality", found(code));
		model.addAttribute("administrators", municipalities.administrators(users.current(), code));
		return "identity/admin/municipality";
	}

	/** The check step before a new one-time password or removing the second step (ADR 0045). */
	@GetMapping({ "/{code}/beheerders/{username}/wachtwoord", "/{code}/beheerders/{username}/tweede-stap" })
	String recoveryCheck(@PathVariable String code, @PathVariable String username, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		return recoveryPage(model, found(code), administrator(code, username), recovery(request), java.util.List.of());
	}

	@PostMapping({ "/{code}/beheerders/{username}/wachtwoord", "/{code}/beheerders/{username}/tweede-stap" })
	String recover(@PathVariable String code, @PathVariable String username,
			@org.springframework.web.bind.annotation.RequestParam(defaultValue = "-1") long version, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
		var municipality = found(code);
		var what = recovery(request);
		var outcome = "password".equals(what)
				? municipalities.newOneTimePassword(users.current(), code, username, version)
				: municipalities.resetSecondStep(users.current(), code, username);
		return switch (outcome) {
			case Outcome.Done<Saved>(Saved saved) -> {
				redirect.addFlashAttribute("message", confirmation(saved));
				if (saved.oneTimePassword() != null) {
					redirect.addFlashAttribute("oneTimePassword", saved.oneTimePassword());
					redirect.addFlashAttribute("administrator", saved.id());
				}
				yield "redirect:/beheer/gemeenten/" + municipality.cbsCode();
			}
			case Outcome.Refused<Saved> refused -> recoveryPage(model, municipality, administrator(code, username), what,
					refused.refusals().stream().map(responses::message).toList());
			case Outcome.Stale<Saved> _ -> recoveryPage(model, municipality, administrator(code, username), what,
					java.util.List.of(responses.text(AdminPages.STALE)));
			case Outcome.NotFound<Saved> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<Saved> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private String confirmation(Saved saved) {
		return responses.text(saved.confirmation(), saved.arguments().toArray());
	}

	private static String recovery(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI().endsWith("/wachtwoord") ? "password" : "secondStep";
	}

	private String recoveryPage(Model model, RegionalMunicipality municipality, MunicipalAdministrator administrator,
			String what, java.util.List<String> problems) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("account", administrator);
		model.addAttribute("what", what);
		model.addAttribute("problems", problems);
		return "identity/admin/municipality-recovery";
	}

	private MunicipalAdministrator administrator(String code, String username) {
		return municipalities.administrator(users.current(), code, username)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/{code}/beheerder")
	String newAdministrator(@PathVariable String code, Model model) {
		model.addAttribute(FORM, new MunicipalityForm());
		return administratorForm(model, found(code));
	}

	@PostMapping("/{code}/beheerder")
	String createAdministrator(@PathVariable String code, @ModelAttribute(FORM) MunicipalityForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var municipality = found(code);
		if (form.isChange()) {
			return administratorForm(model, municipality);
		}
		if (!form.isConfirmed()) {
			var problems = municipalities.checkAdministrator(form.getUsername(), form.getDisplayName(), form.getEmail());
			if (!problems.isEmpty()) {
				AdminPages.reject(errors, new Outcome.Refused<Saved>(problems), responses);
				return administratorForm(model, municipality);
			}
			model.addAttribute("municipality", municipality);
			return check(model, "administrator");
		}
		var outcome = municipalities.createFirstAdministrator(users.current(), code, form.getUsername(),
				form.getDisplayName(), form.getEmail());
		return AdminPages.answer(outcome, errors, responses, saved -> {
			redirect.addFlashAttribute("message", confirmation(saved));
			redirect.addFlashAttribute("oneTimePassword", saved.oneTimePassword());
			redirect.addFlashAttribute("administrator", saved.id());
			return "redirect:/beheer/gemeenten/" + municipality.cbsCode();
		}, () -> administratorForm(model, found(code)));
	}

	private String municipalityForm(Model model) {
		model.addAttribute("region", municipalities.region(users.current()).orElse(null));
		return "identity/admin/municipality-form";
	}

	private String administratorForm(Model model, RegionalMunicipality municipality) {
		model.addAttribute("municipality", municipality);
		return "identity/admin/municipality-administrator";
	}

	private String check(Model model, String what) {
		model.addAttribute("what", what);
		model.addAttribute("region", municipalities.region(users.current()).orElse(null));
		return "identity/admin/municipality-check";
	}

	private RegionalMunicipality found(String code) {
		return municipalities.find(users.current(), code)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
