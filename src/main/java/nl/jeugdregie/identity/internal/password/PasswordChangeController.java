package nl.jeugdregie.identity.internal.password;

import nl.jeugdregie.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 14: the page where every user chooses their own password. A user on a one-time password is sent here after
 * logging in and reaches no other page until done.
 */
@Controller
class PasswordChangeController {

	private static final String FORM = "form";

	private final PasswordChange passwords;
	private final CurrentUsers users;

	PasswordChangeController(PasswordChange passwords, CurrentUsers users) {
		this.passwords = passwords;
		this.users = users;
	}

	@GetMapping("/wachtwoord")
	String show(Model model) {
		model.addAttribute(FORM, new PasswordForm());
		return page(model);
	}

	@PostMapping("/wachtwoord")
	String change(@ModelAttribute(FORM) PasswordForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var problems = passwords.change(users.current(), form.getCurrentPassword(), form.getNewPassword(),
				form.getRepeatedPassword());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("message", "Uw nieuwe wachtwoord is opgeslagen.");
			return "redirect:/";
		}
		problems.forEach(p -> {
			if (errors.getFieldErrors(p.field()).isEmpty()) {
				errors.rejectValue(p.field(), "ongeldig", p.message());
			}
		});
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("required", passwords.required(users.current()));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "identity/password";
	}
}
