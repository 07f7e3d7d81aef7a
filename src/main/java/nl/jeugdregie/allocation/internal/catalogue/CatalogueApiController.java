package nl.jeugdregie.allocation.internal.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProductId;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-2, TOEW-6: the regional product list and the contracts' tariffs in the REST API, also as CSV. */
@RestController
@RequestMapping("/api/v1/allocation")
@Tag(name = "Toewijzing: producten en tarieven", description = "Regional product list and versioned tariffs (TOEW-2, TOEW-6)")
class CatalogueApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Catalogue catalogue;
	private final CatalogueKeeping keeping;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	CatalogueApiController(Catalogue catalogue, CatalogueKeeping keeping, CurrentUsers users,
			OutcomeResponses responses) {
		this.catalogue = catalogue;
		this.keeping = keeping;
		this.users = users;
		this.responses = responses;
	}

	record ProductResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "JZ020") String category,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "WJ756") String unit,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "WMO757") String frequency,
			@Schema(description = "The version to send in If-Match when changing the product") long version) {

		static ProductResponse of(Product product) {
			return new ProductResponse(product.id().value(), product.category().code(), product.code().value(),
					product.name(), product.unit().code(), product.frequency().code(), product.version());
		}
	}

	record ProductChangeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "04", description = "WJ756") @Nullable String unit,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2", description = "WMO757") @Nullable String frequency) {}

	record TariffEndBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-06-30", description = "The line's new last day") @Nullable String effectiveUntil) {}

	record ProductBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "45") @Nullable String category,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "45A01") @Nullable String code,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "04") @Nullable String unit,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2") @Nullable String frequency) {}

	record TariffResponse(UUID productId, long amountCents, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
			@Schema(description = "The tariff line's id, to end it") @Nullable UUID id,
			@Schema(description = "The version to send in If-Match when ending the line") long version) {

		static TariffResponse of(Tariff tariff) {
			return new TariffResponse(tariff.product().value(), tariff.amountCents(), tariff.period().from(),
					tariff.period().until(), tariff.id(), tariff.version());
		}
	}

	record TariffBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String productId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "84,50") @Nullable String amount,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-01-01") @Nullable String effectiveFrom,
			@Nullable String effectiveUntil) {}

	record ImportResponse(int added, int unchanged) {}

	@GetMapping("/products")
	@Operation(summary = "The municipality's regional product list (TOEW-2)")
	List<ProductResponse> products() {
		return catalogue.products(users.current().municipality()).stream().map(ProductResponse::of).toList();
	}

	@PostMapping("/products")
	@Operation(summary = "Add a product with its iJw category, code, unit and frequency; policy officer or administrator")
	@ApiResponse(responseCode = "201", description = "Het product; Location wijst ernaar", content = @Content(schema = @Schema(implementation = ProductResponse.class)))
	ResponseEntity<?> addProduct(@RequestBody ProductBody body) {
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.product(body.category(), body.code(), body.name(), body.unit(),
				body.frequency()), command -> keeping.addProduct(user, command));
		return responses.toResponse(outcome, id -> ResponseEntity.created(URI.create("/api/v1/allocation/products/" + id))
				.body(ProductResponse.of(catalogue.product(user.municipality(), id).orElseThrow())));
	}

	@GetMapping(value = "/products.csv", produces = "text/csv")
	@Operation(summary = "The product list as CSV (productcategorie;productcode;omschrijving;eenheid;frequentie)")
	@ApiResponse(responseCode = "200", description = "De productlijst als CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<String> productsCsv() {
		return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=producten.csv")
				.body(ProductCsv.write(catalogue.products(users.current().municipality())));
	}

	@PostMapping(value = "/products/import", consumes = "text/csv")
	@Operation(summary = "Read a product list CSV; any bad line refuses the file with a reason per line and column")
	@ApiResponse(responseCode = "200", description = "Hoeveel regels zijn toegevoegd en ongewijzigd", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
	ResponseEntity<?> importProducts(@RequestBody String csv) {
		return responses.toResponse(keeping.importProducts(users.current(), csv),
				imported -> ResponseEntity.ok(new ImportResponse(imported.added(), imported.unchanged())));
	}

	@GetMapping("/contracts/{id}/tariffs")
	@Operation(summary = "A contract's tariffs, every period kept (TOEW-6)")
	@ApiResponse(responseCode = "200", description = "De tarieven", content = @Content(array = @ArraySchema(schema = @Schema(implementation = TariffResponse.class))))
	ResponseEntity<?> tariffs(@PathVariable UUID id) {
		return responses.toResponse(catalogue.tariffs(users.current(), new ContractId(id)),
				tariffs -> ResponseEntity.ok(tariffs.stream().map(TariffResponse::of).toList()));
	}

	@PostMapping("/contracts/{id}/tariffs")
	@Operation(summary = "Add a tariff for a contracted product from a date; an overlapping period is refused")
	@ApiResponse(responseCode = "201", description = "Het tarief", content = @Content(schema = @Schema(implementation = TariffResponse.class)))
	ResponseEntity<?> addTariff(@PathVariable UUID id, @RequestBody TariffBody body) {
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.tariff(new ContractId(id), body.productId(), body.amount(),
				body.effectiveFrom(), body.effectiveUntil()), command -> keeping.addTariff(user, command, "effectiveFrom"));
		return responses.toResponse(outcome, tariff -> ResponseEntity.status(201).body(new TariffResponse(
				tariff.product().value(), tariff.amountCents(), tariff.period().from(), tariff.period().until(), null, 0)));
	}

	@PutMapping("/products/{id}")
	@Operation(summary = "Change a product's name, unit and frequency (TOEW-2); the code stays. If-Match: the product's version")
	@ApiResponse(responseCode = "200", description = "Het gewijzigde product; ETag is de versie", content = @Content(schema = @Schema(implementation = ProductResponse.class)))
	ResponseEntity<?> changeProduct(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody ProductChangeBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.productChange(new ProductId(id), version, body.name(), body.unit(),
				body.frequency()), change -> keeping.changeProduct(user, change));
		return responses.toResponse(outcome, product -> ResponseEntity.ok().eTag("\"" + product.version() + "\"")
				.body(ProductResponse.of(product)));
	}

	@PutMapping("/contracts/{id}/tariffs/{tariffId}")
	@Operation(summary = "End a contract's tariff line on a last day (TOEW-6); never before its first day, never into another line. If-Match: the line's version")
	@ApiResponse(responseCode = "200", description = "De beëindigde tariefregel; ETag is de versie", content = @Content(schema = @Schema(implementation = TariffResponse.class)))
	ResponseEntity<?> endTariff(@PathVariable UUID id, @PathVariable UUID tariffId,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch, @RequestBody TariffEndBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		var outcome = Outcomes.then(CatalogueInput.tariffEnd(new ContractId(id), tariffId, version, body.effectiveUntil()),
				end -> keeping.endTariff(user, end));
		return responses.toResponse(outcome, tariff -> ResponseEntity.ok().eTag("\"" + tariff.version() + "\"")
				.body(TariffResponse.of(tariff)));
	}

	@GetMapping(value = "/tariffs.csv", produces = "text/csv")
	@Operation(summary = "The tariffs as CSV (agb-code;productcategorie;productcode;tarief;ingangsdatum;einddatum); a provider gets its own")
	@ApiResponse(responseCode = "200", description = "De tarieven als CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<String> tariffsCsv() {
		return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=tarieven.csv")
				.body(TariffCsv.write(keeping.exportRows(users.current())));
	}

	@PostMapping(value = "/tariffs/import", consumes = "text/csv")
	@Operation(summary = "Read a tariff CSV; any bad line refuses the file with a reason per line and column")
	@ApiResponse(responseCode = "200", description = "Hoeveel regels zijn toegevoegd en ongewijzigd", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
	ResponseEntity<?> importTariffs(@RequestBody String csv) {
		return responses.toResponse(keeping.importTariffs(users.current(), csv),
				imported -> ResponseEntity.ok(new ImportResponse(imported.added(), imported.unchanged())));
	}
}
