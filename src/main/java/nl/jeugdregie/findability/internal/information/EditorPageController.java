package nl.jeugdregie.findability.internal.information;

import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * VIND-1: the editor's pages (role Redacteur): the list of pages with their status, writing a page with the
 * readability indication (also on demand, without saving: "Leesbaarheid bekijken"), the check step before
 * publishing, withdrawing and recording that the content was checked.
 */
@Controller
@RequestMapping("/beheer/publicaties")
class EditorPageController {

	private static final String FORM = "form";

	private final InformationService information;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	EditorPageController(InformationService information, CurrentUsers users, OutcomeResponses responses) {
		this.information = information;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pages", information.all(users.current()));
		model.addAttribute("today", information.today());
		return "findability/editor/pages";
	}

	@GetMapping("/nieuw")
	String newPage(Model model) {
		model.addAttribute(FORM, new PageForm());
		return form(model, null);
	}

	@PostMapping("/nieuw")
	String create(@ModelAttribute(FORM) PageForm form, BindingResult errors, Model model,
			@RequestParam(name = "bekijken", required = false) @Nullable String preview, RedirectAttributes redirect) {
		if (preview != null) {
			return form(model, null);
		}
		return switch (information.create(users.current(), form)) {
			case Outcome.Done<UUID>(UUID id) -> saved(redirect, id, "De pagina is opgeslagen als concept.");
			case Outcome.Refused<UUID> refused -> {
				responses.rejectInto(refused, errors);
				yield form(model, null);
			}
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		var page = page(id);
		model.addAttribute("page", page);
		model.addAttribute("status", page.statusOn(information.today()));
		model.addAttribute("measure", page.readability());
		return "findability/editor/page";
	}

	@GetMapping("/{id}/wijzigen")
	String edit(@PathVariable UUID id, Model model) {
		var page = page(id);
		model.addAttribute(FORM, PageForm.of(page));
		return form(model, page);
	}

	@PostMapping("/{id}/wijzigen")
	String update(@PathVariable UUID id, @ModelAttribute(FORM) PageForm form, BindingResult errors, Model model,
			@RequestParam(name = "bekijken", required = false) @Nullable String preview, RedirectAttributes redirect) {
		var page = page(id);
		if (preview != null) {
			return form(model, page);
		}
		return switch (information.update(users.current(), id, form)) {
			case Outcome.Done<UUID>(UUID saved) -> saved(redirect, saved, "De wijzigingen zijn opgeslagen.");
			case Outcome.Refused<UUID> refused -> {
				responses.rejectInto(refused, errors);
				yield form(model, page);
			}
			case Outcome.Stale<UUID> stale -> {
				errors.reject("findability.stale", responses.message(
						nl.jeugdregie.platform.result.Refusal.ofWhole("findability.stale")));
				yield form(model, page);
			}
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@GetMapping("/{id}/publiceren")
	String confirmPublish(@PathVariable UUID id, Model model) {
		var page = page(id);
		model.addAttribute("page", page);
		model.addAttribute("measure", page.readability());
		model.addAttribute("publishFrom", DutchFormat.date(information.today()));
		return "findability/editor/publish";
	}

	@PostMapping("/{id}/publiceren")
	String publish(@PathVariable UUID id, @RequestParam(required = false) @Nullable String publishFrom,
			@RequestParam long version, Model model, RedirectAttributes redirect) {
		var page = page(id);
		var date = DutchFormat.parseDate(publishFrom).orElse(null);
		return switch (information.publish(users.current(), id, date, version)) {
			case Outcome.Done<UUID>(UUID saved) -> saved(redirect, saved,
					"De pagina is gepubliceerd vanaf " + DutchFormat.date(date) + ".");
			case Outcome.Refused<UUID> refused -> {
				model.addAttribute("page", page);
				model.addAttribute("measure", page.readability());
				model.addAttribute("publishFrom", publishFrom == null ? "" : publishFrom);
				model.addAttribute("error", responses.message(refused.refusals().getFirst()));
				yield "findability/editor/publish";
			}
			case Outcome.Stale<UUID> stale -> saved(redirect, id, "Iemand anders heeft de pagina net gewijzigd. Bekijk hem en probeer het opnieuw.");
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@PostMapping("/{id}/intrekken")
	String withdraw(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return switch (information.withdraw(users.current(), id, version)) {
			case Outcome.Done<UUID>(UUID saved) -> saved(redirect, saved, "De pagina is weer een concept en niet meer openbaar.");
			case Outcome.Stale<UUID> stale -> saved(redirect, id, "Iemand anders heeft de pagina net gewijzigd. Bekijk hem en probeer het opnieuw.");
			case Outcome.Refused<UUID> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	@PostMapping("/{id}/gecontroleerd")
	String checked(@PathVariable UUID id, RedirectAttributes redirect) {
		return switch (information.markChecked(users.current(), id)) {
			case Outcome.Done<UUID>(UUID saved) -> saved(redirect, saved, "Vastgelegd: de inhoud is vandaag gecontroleerd.");
			case Outcome.Refused<UUID> refused -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			case Outcome.Stale<UUID> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
			case Outcome.NotFound<UUID>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Forbidden<UUID> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		};
	}

	private InformationPage page(UUID id) {
		return information.find(users.current(), id).doneValue()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(Model model, @Nullable InformationPage page) {
		var form = (PageForm) model.getAttribute(FORM);
		model.addAttribute("page", page);
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("measure", form == null ? Readability.of("") : form.readability());
		return "findability/editor/page-form";
	}

	private static String saved(RedirectAttributes redirect, UUID id, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/beheer/publicaties/" + id;
	}
}
