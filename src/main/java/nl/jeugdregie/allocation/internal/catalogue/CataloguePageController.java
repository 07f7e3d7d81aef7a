package nl.jeugdregie.allocation.internal.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
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

	/** TOEW-2: the form to change a product's name, unit and frequency; its category and code are shown, not changed. */
	@GetMapping("/producten/{id}/wijzigen")
	String changeProductForm(@PathVariable UUID id, Model model) {
		var product = productOrNotFound(id);
		var form = new CatalogueChangeForm();
		form.setName(product.name());
		form.setUnit(product.unit().code());
		form.setFrequency(product.frequency().code());
		form.setVersion(product.version());
		model.addAttribute("form", form);
		return productChangePage(model, product);
	}

	@PostMapping("/producten/{id}/wijzigen")
	String changeProduct(@PathVariable UUID id, @ModelAttribute("form") CatalogueChangeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.productChange(new ProductId(id), form.getVersion(), form.getName(),
				form.getUnit(), form.getFrequency()), change -> keeping.changeProduct(user, change));
		switch (outcome) {
			case Outcome.Done<Product>(var product) -> {
				redirect.addFlashAttribute("message", "Het product " + product.label() + " is gewijzigd.");
				return "redirect:/toewijzing/producten";
			}
			case Outcome.Refused<Product> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<Product> stale -> errors.reject("stale",
					"Iemand anders heeft dit product net gewijzigd. Bekijk het product opnieuw.");
			case Outcome.Forbidden<Product> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Product> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return productChangePage(model, productOrNotFound(id));
	}

	/** TOEW-6: the form to end a contract's tariff line on a last day. */
	@GetMapping("/contracten/{id}/tarieven/{tariffId}/beeindigen")
	String endTariffForm(@PathVariable UUID id, @PathVariable UUID tariffId, Model model) {
		var contract = contractOrNotFound(id);
		var line = tariffOrNotFound(contract, tariffId);
		var form = new CatalogueChangeForm();
		form.setVersion(line.version());
		model.addAttribute("form", form);
		return tariffEndPage(model, contract, line);
	}

	/** TOEW-6: the check step of ending a tariff line. */
	@PostMapping("/contracten/{id}/tarieven/{tariffId}/beeindigen")
	String checkTariffEnd(@PathVariable UUID id, @PathVariable UUID tariffId,
			@ModelAttribute("form") CatalogueChangeForm form, BindingResult errors, Model model) {
		var user = users.current();
		var contract = contractOrNotFound(id);
		var outcome = Outcomes.then(CatalogueInput.tariffEnd(contract.id(), tariffId, form.getVersion(), form.getLastDay()),
				end -> keeping.previewTariffEnd(user, end));
		switch (outcome) {
			case Outcome.Done<CatalogueKeeping.TariffEndPreview>(var preview) -> {
				model.addAttribute("preview", preview);
				model.addAttribute("contract", contract);
				model.addAttribute("provider", providers.providerRecord(user.municipality(), contract.provider()).orElseThrow());
				return "allocation/tariff-end-check";
			}
			case Outcome.Refused<CatalogueKeeping.TariffEndPreview> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<CatalogueKeeping.TariffEndPreview> stale -> errors.reject("stale",
					"Iemand anders heeft dit tarief net gewijzigd. Bekijk het tarief opnieuw.");
			case Outcome.Forbidden<CatalogueKeeping.TariffEndPreview> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<CatalogueKeeping.TariffEndPreview> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return tariffEndPage(model, contract, tariffOrNotFound(contract, tariffId));
	}

	@PostMapping("/contracten/{id}/tarieven/{tariffId}/beeindigen/bevestigen")
	String endTariff(@PathVariable UUID id, @PathVariable UUID tariffId, @ModelAttribute("form") CatalogueChangeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var user = users.current();
		var contract = contractOrNotFound(id);
		var outcome = Outcomes.then(CatalogueInput.tariffEnd(contract.id(), tariffId, form.getVersion(), form.getLastDay()),
				end -> keeping.endTariff(user, end));
		switch (outcome) {
			case Outcome.Done<Tariff>(var line) -> {
				redirect.addFlashAttribute("message", "Het tarief loopt nu tot en met "
						+ nl.jeugdregie.platform.format.DutchFormat.date(line.period().until()) + ".");
				return "redirect:/toewijzing/contracten/" + id;
			}
			case Outcome.Refused<Tariff> refused -> responses.rejectInto(refused, errors);
			case Outcome.Stale<Tariff> stale -> errors.reject("stale",
					"Iemand anders heeft dit tarief net gewijzigd. Bekijk het tarief opnieuw.");
			case Outcome.Forbidden<Tariff> forbidden -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			case Outcome.NotFound<Tariff> notFound -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return tariffEndPage(model, contract, tariffOrNotFound(contract, tariffId));
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

	private String productChangePage(Model model, Product product) {
		model.addAttribute("product", product);
		model.addAttribute("units", Unit.values());
		model.addAttribute("frequencies", Frequency.values());
		return "allocation/product-change";
	}

	private String tariffEndPage(Model model, Contract contract, Tariff line) {
		var user = users.current();
		model.addAttribute("contract", contract);
		model.addAttribute("provider", providers.providerRecord(user.municipality(), contract.provider()).orElseThrow());
		model.addAttribute("line", line);
		model.addAttribute("product", catalogue.product(user.municipality(), line.product()).orElseThrow());
		return "allocation/tariff-end";
	}

	private Product productOrNotFound(UUID id) {
		return catalogue.product(users.current().municipality(), new ProductId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Tariff tariffOrNotFound(Contract contract, UUID tariffId) {
		return catalogue.tariffs(users.current(), contract.id()).doneValue().orElse(List.of()).stream()
				.filter(t -> t.id().equals(tariffId)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Contract contractOrNotFound(UUID id) {
		return providers.contract(users.current(), new ContractId(id)).doneValue()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String text(@Nullable MultipartFile file) throws IOException {
		return file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
	}
}
