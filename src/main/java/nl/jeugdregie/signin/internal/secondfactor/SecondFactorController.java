package nl.jeugdregie.signin.internal.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.format.DutchFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second login step (issue 14 item 3, ADR 0040): typing the code from the app after the password, and setting the
 * app up (required for administrators, optional for everyone else with a local account).
 */
@Controller
class SecondFactorController {

	private static final String FORM = "form";

	private final SecondFactors factors;
	private final CurrentUsers users;

	SecondFactorController(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@GetMapping(SecondFactorFilter.CODE_PAGE)
	String codePage(Model model) {
		if (!factors.enrolled(users.current())) {
			return "redirect:" + SecondFactorFilter.ENROL_PAGE;
		}
		model.addAttribute(FORM, new CodeForm());
		return "signin/second-factor-code";
	}

	@PostMapping(SecondFactorFilter.CODE_PAGE)
	String verify(@ModelAttribute(FORM) CodeForm form, BindingResult errors, HttpServletRequest request) {
		if (!form.wellFormed()) {
			errors.rejectValue("code", "ongeldig", "Typ de 6 cijfers die de app nu laat zien.");
			return "signin/second-factor-code";
		}
		return switch (factors.verify(users.current(), form.digits())) {
			case SecondFactors.Verdict.Accepted() -> passed(request);
			case SecondFactors.Verdict.Wrong(var triesLeft) -> {
				errors.rejectValue("code", "fout", "Deze code klopt niet of is al gebruikt. Wacht op de volgende code"
						+ " in de app en typ die. U kunt het nog " + triesLeft + " keer proberen.");
				yield "signin/second-factor-code";
			}
			case SecondFactors.Verdict.Locked(var until) -> {
				errors.rejectValue("code", "vergrendeld", "Er is te vaak een verkeerde code getypt. Probeer het na "
						+ DutchFormat.dateTime(until) + " opnieuw, of vraag de applicatiebeheerder om hulp.");
				yield "signin/second-factor-code";
			}
			case SecondFactors.Verdict.NotSetUp() -> "redirect:" + SecondFactorFilter.ENROL_PAGE;
		};
	}

	@GetMapping(SecondFactorFilter.ENROL_PAGE)
	String enrolPage(Model model, HttpServletRequest request) {
		var user = users.current();
		if (factors.enrolled(user)) {
			if (!SecondFactorSession.hasPassed(request.getSession())) {
				return "redirect:" + SecondFactorFilter.CODE_PAGE;
			}
			model.addAttribute("enrolled", true);
			return "signin/second-factor-enrol";
		}
		model.addAttribute(FORM, new CodeForm());
		return enrolment(model);
	}

	@PostMapping(SecondFactorFilter.ENROL_PAGE)
	String confirm(@ModelAttribute(FORM) CodeForm form, BindingResult errors, Model model, HttpServletRequest request) {
		var user = users.current();
		// Without the page's secret there is nothing to confirm: a refused post must not start an enrolment either.
		if (factors.enrolled(user) || !factors.enrolmentBegun(user)) {
			return "redirect:" + SecondFactorFilter.ENROL_PAGE;
		}
		if (!form.wellFormed()) {
			errors.rejectValue("code", "ongeldig", "Typ de 6 cijfers die de app laat zien.");
			return enrolment(model);
		}
		return switch (factors.confirmEnrolment(user, form.digits())) {
			case SecondFactors.Verdict.Accepted() -> passed(request);
			case SecondFactors.Verdict.Wrong(var triesLeft) -> {
				errors.rejectValue("code", "fout", "Deze code klopt niet. Kijk of de sleutel goed in de app staat en "
						+ "typ de code die de app nu laat zien. U kunt het nog " + triesLeft + " keer proberen.");
				yield enrolment(model);
			}
			case SecondFactors.Verdict.Locked(var until) -> {
				errors.rejectValue("code", "vergrendeld", "Er is te vaak een verkeerde code getypt. Probeer het na "
						+ DutchFormat.dateTime(until) + " opnieuw, of vraag de applicatiebeheerder om hulp.");
				yield enrolment(model);
			}
			case SecondFactors.Verdict.NotSetUp() -> "redirect:" + SecondFactorFilter.ENROL_PAGE;
		};
	}

	private String enrolment(Model model) {
		var enrolment = factors.beginEnrolment(users.current());
		model.addAttribute("secret", enrolment.secretForTyping());
		model.addAttribute("otpauthUri", enrolment.otpauthUri());
		model.addAttribute("required", factors.need(users.current()) == SecondFactors.Need.ENROL);
		return "signin/second-factor-enrol";
	}

	/** A new session id now that the login is complete, so an id seen before the second step is worth nothing. */
	private static String passed(HttpServletRequest request) {
		request.changeSessionId();
		SecondFactorSession.passed(request.getSession());
		return "redirect:/";
	}
}
