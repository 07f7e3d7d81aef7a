package nl.jeugdregie.allocation.internal.provider;

import java.util.UUID;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** TOEW-3: providers, their contracts and accounts on screen. A provider's account sees only its own organisation. */
@Controller
@RequestMapping("/toewijzing/aanbieders")
class ProviderPageController {

	private final Providers providers;
	private final ProviderKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final JdbcClient jdbc;

	ProviderPageController(Providers providers, ProviderKeeping keeping, CurrentUsers users, OutcomeResponses responses,
			JdbcClient jdbc) {
		this.providers = providers;
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
		this.jdbc = jdbc;
	}

	/** A product to tick on the contract form. */
	record ProductChoice(String id, String label) {}

	@GetMapping
	String list(Model model) {
		var user = users.current();
		model.addAttribute("providers", providers.list(user));
		model.addAttribute("keeps", AllocationRoles.keeps(user));
		return "allocation/providers";
	}

	@GetMapping("/nieuw")
	String newProvider(Model model) {
		model.addAttribute("form", new ProviderForm());
		return "allocation/provider-form";
	}

	@PostMapping("/nieuw")
	String register(@ModelAttribute("form") ProviderForm form, BindingResult errors, RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(ProviderInput.provider(form.getName(), form.getAgbCode()),
				command -> keeping.register(user, command));
		if (outcome instanceof Outcome.Done<ProviderId>(var id)) {
			redirect.addFlashAttribute("message", "De aanbieder is geregistreerd. Leg nu het contract vast.");
			return "redirect:/toewijzing/aanbieders/" + id;
		}
		reject(outcome, errors);
		return "allocation/provider-form";
	}

	@GetMapping("/{id}")
	String provider(@PathVariable UUID id, Model model) {
		var user = users.current();
		var provider = found(id);
		model.addAttribute("provider", provider);
		model.addAttribute("contracts", providers.contracts(user, provider.id()));
		model.addAttribute("accounts", providers.accounts(user, provider.id()));
		model.addAttribute("keeps", AllocationRoles.keeps(user));
		model.addAttribute("administers", user.role() == Role.ADMINISTRATOR);
		return "allocation/provider";
	}

	@GetMapping("/{id}/contracten/nieuw")
	String newContract(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new ProviderForm());
		return contractForm(model, found(id));
	}

	@PostMapping("/{id}/contracten/nieuw")
	String addContract(@PathVariable UUID id, @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var provider = found(id);
		var outcome = Outcomes.then(ProviderInput.contract(provider.id(), form.getProducts(), form.getRoute(),
				form.isInRegion(), form.isBridgingCare(), form.getTerms(), form.getValidFrom(), form.getValidUntil()),
				command -> keeping.addContract(user, command));
		if (outcome instanceof Outcome.Done<?>) {
			redirect.addFlashAttribute("message", "Het contract is vastgelegd.");
			return "redirect:/toewijzing/aanbieders/" + id;
		}
		reject(outcome, errors);
		return contractForm(model, provider);
	}

	@GetMapping("/{id}/accounts")
	String accountForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new ProviderForm());
		model.addAttribute("provider", found(id));
		return "allocation/account-form";
	}

	@PostMapping("/{id}/accounts")
	String link(@PathVariable UUID id, @ModelAttribute("form") ProviderForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var provider = found(id);
		var outcome = keeping.linkAccount(users.current(), provider.id(), form.getUsername() == null ? "" : form.getUsername());
		if (outcome instanceof Outcome.Done<String>(var username)) {
			redirect.addFlashAttribute("message", "Het account " + username + " werkt nu voor " + provider.name() + ".");
			return "redirect:/toewijzing/aanbieders/" + id;
		}
		reject(outcome, errors);
		model.addAttribute("provider", provider);
		return "allocation/account-form";
	}

	private String contractForm(Model model, Provider provider) {
		model.addAttribute("provider", provider);
		model.addAttribute("routes", ProcurementRoute.values());
		model.addAttribute("productChoices", jdbc.sql("""
				select id, category || ' · ' || code || ' ' || name as label from allocation_product
				where municipality_code = ? order by category, code""")
				.param(users.current().municipality().value())
				.query((rs, row) -> new ProductChoice(rs.getString("id"), rs.getString("label"))).list());
		return "allocation/contract-form";
	}

	private void reject(Outcome<?> outcome, BindingResult errors) {
		switch (outcome) {
			case Outcome.Refused<?> refused -> responses.rejectInto(refused, errors);
			case Outcome.Forbidden<?> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<?> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<?> stale -> throw new ResponseStatusException(HttpStatus.CONFLICT);
			case Outcome.Done<?> done -> { }
		}
	}

	private Provider found(UUID id) {
		return providers.find(users.current(), new ProviderId(id)).doneValue()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
