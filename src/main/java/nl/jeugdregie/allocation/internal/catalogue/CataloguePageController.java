package nl.jeugdregie.allocation.internal.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.Frequency;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.allocation.Unit;
import nl.jeugdregie.allocation.internal.AllocationRoles;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.allocation.internal.provider.Contract;
import nl.jeugdregie.allocation.internal.provider.Providers;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** TOEW-2, TOEW-6: the product list and a contract's tariffs on screen, with CSV import and export. */
@Controller
@RequestMapping("/toewijzing")
class CataloguePageController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Catalogue catalogue;
	private final CatalogueKeeping keeping;
	private final Providers providers;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	CataloguePageController(Catalogue catalogue, CatalogueKeeping keeping, Providers providers, CurrentUsers users,
			OutcomeResponses responses) {
		this.catalogue = catalogue;
		this.keeping = keeping;
		this.providers = providers;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping("/producten")
	String products(Model model) {
		var user = users.current();
		model.addAttribute("products", catalogue.products(user.municipality()));
		model.addAttribute("keeps", AllocationRoles.keeps(user));
		return "allocation/products";
	}

	@GetMapping("/producten.csv")
	ResponseEntity<String> productsCsv() {
		return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=producten.csv")
				.body(ProductCsv.write(catalogue.products(users.current().municipality())));
	}

	@GetMapping("/tarieven.csv")
	ResponseEntity<String> tariffsCsv() {
		return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=tarieven.csv")
				.body(TariffCsv.write(keeping.exportRows(users.current())));
	}

	@PostMapping("/producten/inlezen")
	String importProducts(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		return imported(keeping.importProducts(users.current(), text(file)), model, redirect, "De productenlijst");
	}

	@PostMapping("/tarieven/inlezen")
	String importTariffs(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		return imported(keeping.importTariffs(users.current(), text(file)), model, redirect, "De tarieven");
	}

	@GetMapping("/producten/nieuw")
	String newProduct(Model model) {
		model.addAttribute("form", new ProductForm());
		return productForm(model);
	}

	@PostMapping("/producten/nieuw")
	String addProduct(@ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.product(form.getCategory(), form.getCode(), form.getName(),
				form.getUnit(), form.getFrequency()), command -> keeping.addProduct(user, command));
		if (outcome instanceof Outcome.Done<?>) {
			redirect.addFlashAttribute("message", "Het product is toegevoegd.");
			return "redirect:/toewijzing/producten";
		}
		reject(outcome, errors);
		return productForm(model);
	}

	@GetMapping("/contracten/{id}")
	String contract(@PathVariable UUID id, Model model) {
		var user = users.current();
		var contract = contractOrNotFound(id);
		var products = catalogue.products(user.municipality()).stream().filter(p -> contract.covers(p.id())).toList();
		model.addAttribute("contract", contract);
		model.addAttribute("provider", providers.providerRecord(user.municipality(), contract.provider()).orElseThrow());
		model.addAttribute("products", products);
		model.addAttribute("tariffs", catalogue.tariffs(user, contract.id()).doneValue().orElse(List.of()));
		model.addAttribute("keeps", AllocationRoles.keeps(user));
		return "allocation/contract";
	}

	@GetMapping("/contracten/{id}/tarieven/nieuw")
	String newTariff(@PathVariable UUID id, Model model) {
		model.addAttribute("form", new TariffForm());
		return tariffForm(model, contractOrNotFound(id));
	}

	@PostMapping("/contracten/{id}/tarieven/nieuw")
	String addTariff(@PathVariable UUID id, @ModelAttribute("form") TariffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var user = users.current();
		var contract = contractOrNotFound(id);
		var outcome = Outcomes.then(CatalogueInput.tariff(contract.id(), form.getProduct(), form.getAmount(),
				form.getEffectiveFrom(), form.getEffectiveUntil()), command -> keeping.addTariff(user, command, "effectiveFrom"));
		if (outcome instanceof Outcome.Done<?>) {
			redirect.addFlashAttribute("message", "Het tarief is vastgelegd.");
			return "redirect:/toewijzing/contracten/" + id;
		}
		reject(outcome, errors);
		return tariffForm(model, contract);
	}

	private String imported(Outcome<CatalogueKeeping.Imported> outcome, Model model, RedirectAttributes redirect,
			String what) {
		return switch (outcome) {
			case Outcome.Done<CatalogueKeeping.Imported>(var imported) -> {
				redirect.addFlashAttribute("message", what + " is ingelezen: " + imported.added() + " nieuw, "
						+ imported.unchanged() + " ongewijzigd.");
				yield "redirect:/toewijzing/producten";
			}
			case Outcome.Refused<CatalogueKeeping.Imported>(var refusals) -> {
				model.addAttribute("importErrors", refusals.stream().map(responses::message).toList());
				yield products(model);
			}
			case Outcome.Forbidden<CatalogueKeeping.Imported>(var code) -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CatalogueKeeping.Imported>() -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			case Outcome.Stale<CatalogueKeeping.Imported>(var version) -> throw new ResponseStatusException(HttpStatus.CONFLICT);
		};
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

	private String productForm(Model model) {
		model.addAttribute("categories", ProductCategory.values());
		model.addAttribute("units", Unit.values());
		model.addAttribute("frequencies", Frequency.values());
		return "allocation/product-form";
	}

	private String tariffForm(Model model, Contract contract) {
		var user = users.current();
		model.addAttribute("contract", contract);
		model.addAttribute("provider", providers.providerRecord(user.municipality(), contract.provider()).orElseThrow());
		model.addAttribute("products", catalogue.products(user.municipality()).stream().filter(p -> contract.covers(p.id())).toList());
		return "allocation/tariff-form";
	}

	private Contract contractOrNotFound(UUID id) {
		return providers.contract(users.current(), new ContractId(id)).doneValue()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String text(@Nullable MultipartFile file) throws IOException {
		return file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
	}
}
