package nl.jeugdregie.intake.internal.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.intake.internal.file.FileAction;
import nl.jeugdregie.intake.internal.file.HelpRequestController;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOE-4: the life-domain checklist and question clarification notes on the file, and the administrator's page
 * for the municipality's life-domain list.
 */
@Controller
class TriageInventoryController {

	private final TriageInventoryService service;
	private final HelpRequestController files;
	private final CurrentUsers users;
	private final MessageSource messages;

	TriageInventoryController(TriageInventoryService service, HelpRequestController files, CurrentUsers users,
			MessageSource messages) {
		this.service = service;
		this.files = files;
		this.users = users;
		this.messages = messages;
	}

	/** The form sends per domain i its name (domain-i), concern-i (ja/nee) and note-i. */
	@PostMapping("/hulpvragen/{id}/leefgebieden")
	String checklist(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		var answers = new ArrayList<TriageInventory.Answer>();
		for (var i = 0; form.containsKey("domain-" + i); i++) {
			var concern = form.get("concern-" + i);
			answers.add(new TriageInventory.Answer(form.get("domain-" + i),
					concern == null ? null : "ja".equals(concern), form.get("note-" + i)));
		}
		return respond(id, "checklist", service.recordChecklist(new HelpRequestId(id), answers, users.current()), model,
				redirect);
	}

	@PostMapping("/hulpvragen/{id}/vraagverheldering")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model,
			RedirectAttributes redirect) {
		return respond(id, "clarification", service.writeNote(new HelpRequestId(id), note, users.current()), model,
				redirect);
	}

	@GetMapping("/beheer/leefgebieden")
	String lifeDomains(Model model) {
		if (!model.containsAttribute("domains")) {
			model.addAttribute("domains", String.join("\n", service.lifeDomains(users.current().municipality())));
		}
		return "intake/life-domains";
	}

	@PostMapping("/beheer/leefgebieden")
	String replaceLifeDomains(@RequestParam(required = false) @Nullable String domains, Model model,
			RedirectAttributes redirect) {
		var names = domains == null ? List.<String>of() : List.of(domains.split("\\R"));
		return switch (service.replaceLifeDomains(names, users.current())) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/beheer/leefgebieden";
			}
			case Outcome.Refused<String> refused -> {
				model.addAttribute("domains", domains);
				model.addAttribute("error", text(refused.refusals().getFirst()));
				yield "intake/life-domains";
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String respond(UUID id, String form, Outcome<String> result, Model model, RedirectAttributes redirect) {
		return switch (result) {
			case Outcome.Done<String> done -> {
				redirect.addFlashAttribute("message", done.value() + ".");
				yield "redirect:/hulpvragen/" + id;
			}
			case Outcome.Refused<String> refused -> {
				var errors = new LinkedHashMap<String, String>();
				refused.refusals().forEach(v -> errors.putIfAbsent(v.field(), text(v)));
				model.addAttribute("lifecycleForm", form);
				model.addAttribute("lifecycleErrors", errors);
				yield files.action(id, FileAction.ofForm(form), model);
			}
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
