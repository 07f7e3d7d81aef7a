package nl.jeugdregie.policy.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.Teams;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormSettings;
import nl.jeugdregie.policy.NormValue;
import nl.jeugdregie.policy.ScheduledNormValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The norms screen (BEY-2): administrators and policy officers see the norms of their municipality; the
 * administrator also schedules new values. A plain HTML form, so it works without JavaScript.
 */
@Controller
@RequestMapping("/beheer/normen")
class NormSettingsPageController {

	static final String FORM = "normChange";

	private final NormSettings settings;
	private final NormOverviews overviews;
	private final OutcomeResponses answers;
	private final CurrentUsers users;
	private final Teams teams;
	private final MessageSource messages;
	private final Clock clock;

	NormSettingsPageController(NormSettings settings, NormOverviews overviews, OutcomeResponses answers,
			CurrentUsers users, Teams teams, MessageSource messages, Clock clock) {
		this.settings = settings;
		this.overviews = overviews;
		this.answers = answers;
		this.users = users;
		this.teams = teams;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute(FORM, new NormChangeForm());
		return page(model, users.current());
	}

	@PostMapping
	String schedule(@Valid @ModelAttribute(FORM) NormChangeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		if (errors.hasErrors()) {
			return page(model, user);
		}
		var key = form.getKey();
		var result = settings.schedule(user, key, form.getAmount(), form.getEffectiveFrom(), form.getNote());
		return switch (result) {
			case Outcome.Done<ScheduledNormValue>(var scheduled) -> {
				redirect.addFlashAttribute("confirmation", confirmation(scheduled));
				yield "redirect:/beheer/normen";
			}
			case Outcome.Refused<ScheduledNormValue> refused -> {
				answers.rejectInto(refused, errors);
				yield page(model, user);
			}
			case Outcome.Forbidden<ScheduledNormValue>(String code) -> {
				errors.reject(code);
				yield page(model, user);
			}
			case Outcome.NotFound<ScheduledNormValue> _, Outcome.Stale<ScheduledNormValue> _ ->
					throw new IllegalStateException("Scheduling a norm looks nothing up and reads no version");
		};
	}

	private String page(Model model, CurrentUser user) {
		model.addAttribute("municipality", teams.municipality(user.municipality()).orElseThrow());
		model.addAttribute("overviews", overviews.of(user.municipality()));
		model.addAttribute("keys", NormKey.values());
		model.addAttribute("mayChange", user.role() == Role.ADMINISTRATOR);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("today", LocalDate.now(clock));
		return "policy/norms";
	}

	private String confirmation(ScheduledNormValue scheduled) {
		NormValue value = scheduled.value();
		var locale = LocaleContextHolder.getLocale();
		var amount = messages.getMessage("norm.amount." + value.key().unit().name(), new Object[] { value.amount() },
				locale);
		var date = DutchFormat.longDate(value.effectiveFrom());
		var code = scheduled.replacedEarlierSchedule() ? "norm.scheduled.replaced" : "norm.scheduled";
		return messages.getMessage(code, new Object[] { value.key().dutchName(), amount, date }, locale);
	}
}
