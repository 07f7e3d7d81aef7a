package nl.jeugdregie.search.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search box in the REST API, with the same access decision and audit as the page. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Zoeken", description = "Finding client files by name, date of birth, BSN or HV/GZ number")
class SearchApiController {

	private final SearchService search;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	SearchApiController(SearchService search, CurrentUsers users, OutcomeResponses responses) {
		this.search = search;
		this.users = users;
		this.responses = responses;
	}

	@Schema(description = "A file the caller may open, with the personal data needed to recognise it")
	record Found(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String number,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, @Nullable LocalDate dateOfBirth,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String state,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String href) {}

	@Schema(description = "A file outside the caller's caseload: number only; open it with a reason "
			+ "(header Jeugdregie-Access-Reason on the file's endpoint)")
	record WithReason(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String number) {}

	record Results(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String searchedBy,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Found> files,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<WithReason> withReason) {}

	@GetMapping("/search")
	@Operation(summary = "Search the caller's municipality for client files (issue 13, SEC-2); every file shown "
			+ "with personal data is recorded as a read in the audit trail")
	@ApiResponse(responseCode = "200", description = "The files found, best first",
			content = @Content(schema = @Schema(implementation = Results.class)))
	@ApiResponse(responseCode = "400", description = "Search text shorter than 2 or longer than 100 characters")
	@ApiResponse(responseCode = "403", description = "The caller's role does not work on client files")
	ResponseEntity<?> search(@Parameter(description = "Name, date of birth (d-M-yyyy or yyyy-MM-dd), BSN or "
			+ "HV/GZ number", required = true) @RequestParam(name = "q", required = false) @Nullable String query) {
		return responses.toResponse(search.search(users.current(), query), results -> ResponseEntity.ok(new Results(
				results.kindText(),
				results.openable().stream().map(f -> new Found(f.kind().name(), f.id(), f.number(), f.name(),
						f.dateOfBirth(), f.state(), f.path())).toList(),
				results.withReason().stream().map(f -> new WithReason(f.kind().name(), f.id(), f.number())).toList())));
	}
}
