package nl.jeugdregie.allocation.internal.provider;

import java.util.Objects;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.format.DutchFormat;
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
 * TOEW-3: changing a contract on screen, on the version shown (of two keepers at once, one wins). Ending a contract
 * goes through a check step; other changes are saved at once.
 */
@Controller
@RequestMapping("/toewijzing/contracten/{id}/wijzigen")
class ContractPageController {

	private final Providers providers;
	private final ProviderKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	ContractPageController(Providers providers, ProviderKeeping keeping, CurrentUsers users, OutcomeResponses responses) {
		this.providers = providers;
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model) {
		var contract = contract(id);
		var form = new ProviderForm();
		form.setVersion(contract.version());
		form.setInRegion(contract.inRegion());
		form.setBridgingCare(contract.bridgingCare());
		form.setTerms(contract.terms());
		form.setValidUntil(contract.period().until() == null ? "" : DutchFormat.date(contract.period().until()));
		model.addAttribute("form", form);
		return page(model, contract);
	}

	@PostMapping
	String check(@PathVariable UUID id, @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var contract = contract(id);
		var input = input(contract, form);
		if (input instanceof Outcome.Done<ContractChange>(var change) && change.validUntil() != null
				&& !Objects.equals(change.validUntil(), contract.period().until())) {
			model.addAttribute("contract", contract);
			model.addAttribute("provider", provider(contract));
			model.addAttribute("validUntil", DutchFormat.date(change.validUntil()));
			return "allocation/contract-end-check";
		}
		return save(contract, input, form, errors, model, redirect);
	}

	@PostMapping("/bevestigen")
	String confirm(@PathVariable UUID id, @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var contract = contract(id);
		return save(contract, input(contract, form), form, errors, model, redirect);
	}

	private String save(Contract contract, Outcome<ContractChange> input, ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		switch (Outcomes.then(input, change -> keeping.changeContract(users.current(), change))) {
			case Outcome.Done<Contract> done -> {
				redirect.addFlashAttribute("message", "Het contract is gewijzigd.");
				return "redirect:/toewijzing/contracten/" + contract.id();
			}
			case Outcome.Refused<Contract> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<Contract> stale -> errors.reject("stale",
					"Iemand anders heeft dit contract net gewijzigd. Bekijk het contract opnieuw.");
			case Outcome.Forbidden<Contract> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Contract> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, contract);
	}

	private Outcome<ContractChange> input(Contract contract, ProviderForm form) {
		return ProviderInput.change(contract.id(), form.getVersion(), form.isInRegion(), form.isBridgingCare(), form.getTerms(),
				form.getValidUntil());
	}

	private String page(Model model, Contract contract) {
		model.addAttribute("contract", contract);
		model.addAttribute("provider", provider(contract));
		return "allocation/contract-change";
	}

	private Provider provider(Contract contract) {
		return providers.providerRecord(users.current().municipality(), contract.provider()).orElseThrow();
	}

	private Contract contract(UUID id) {
		return providers.contract(users.current(), new ContractId(id)).doneValue()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
