package nl.jeugdregie.policy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.policy.NormChangeRefusal;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormSettings;
import nl.jeugdregie.policy.NormUnit;
import nl.jeugdregie.policy.ScheduledNormValue;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The norms of the caller's own municipality over REST (BEY-2). Every role reads them; only the administrator
 * schedules a value (the URL rules answer 403 to others).
 */
@RestController
@RequestMapping("/api/v1/policy/norms")
@Tag(name = "Beleid: normen", description = "The municipality's norms with effective dates, such as the term to start treatment (BEY-2)")
class NormSettingsApiController {

	private final NormSettings settings;
	private final NormOverviews overviews;
	private final OutcomeResponses answers;
	private final CurrentUsers users;
	private final MessageSource messages;

	NormSettingsApiController(NormSettings settings, NormOverviews overviews, OutcomeResponses answers,
			CurrentUsers users, MessageSource messages) {
		this.settings = settings;
		this.overviews = overviews;
		this.answers = answers;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The municipality's norms (BEY-2): each with its current value and scheduled changes")
	MunicipalityNorms norms() {
		var municipality = users.current().municipality();
		return new MunicipalityNorms(municipality.value(),
				overviews.of(municipality).stream().map(NormResponse::of).toList());
	}

	@GetMapping("/{key}")
	@Operation(summary = "One norm of the municipality with its current value and scheduled changes (BEY-2)")
	NormResponse norm(@PathVariable NormKey key) {
		return NormResponse.of(overviews.of(users.current().municipality(), key));
	}

	@PostMapping
	@Operation(summary = "Schedule a new value for a norm from an effective date (policy officer); a later schedule replaces an earlier one")
	@ApiResponse(responseCode = "201", description = "De geplande waarde; Location wijst naar de norm", content = @Content(schema = @Schema(implementation = ScheduledNorm.class)))
	ResponseEntity<?> schedule(@Valid @RequestBody ScheduleNormRequest request) {
		var key = request.key();
		var result = settings.schedule(users.current(), key, request.amount(), request.effectiveFrom(), request.note());
		return switch (result) {
			case Outcome.Done<ScheduledNormValue>(var scheduled) -> {
				var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{key}")
						.buildAndExpand(key.name()).toUri();
				var value = scheduled.value();
				yield ResponseEntity.created(location).body(new ScheduledNorm(key, value.amount(), key.unit(),
						value.effectiveFrom(), scheduled.replacedEarlierSchedule()));
			}
			case Outcome.Forbidden<ScheduledNormValue>(String code) ->
					Problems.forbidden(messages.getMessage(code, null, LocaleContextHolder.getLocale()));
			case Outcome.Refused<ScheduledNormValue>(var refusals) -> refusal(refusals.getFirst());
			case Outcome.NotFound<ScheduledNormValue> _, Outcome.Stale<ScheduledNormValue> _ ->
					throw new IllegalStateException("Scheduling a norm looks nothing up and reads no version");
		};
	}

	/** 400 with the reason's stable code as the problem type, and the field, as a validation error. */
	private ResponseEntity<?> refusal(Refusal refusal) {
		var reason = NormChangeRefusal.of(refusal);
		var message = answers.message(refusal);
		var title = messages.getMessage("norm.refusal.title", null, LocaleContextHolder.getLocale());
		var problem = Problems.of(HttpStatus.BAD_REQUEST, reason.code(), title, message);
		// The same shape as a validation error, so a client shows it next to the field.
		problem.getBody().setProperty("errors",
				List.of(Map.of("field", refusal.field(), "message", message)));
		return problem;
	}

	/** A new value to schedule; missing fields are answered with 400 and a Dutch message per field. */
	record ScheduleNormRequest(@NotNull @Nullable NormKey key, @NotNull @Nullable Integer amount,
			@NotNull @Nullable LocalDate effectiveFrom, @Size(max = NormChangeForm.MAX_NOTE_LENGTH) @Nullable String note) {}

	record ScheduledNorm(NormKey key, int amount, NormUnit unit, LocalDate effectiveFrom,
			boolean replacedEarlierSchedule) {}

	record MunicipalityNorms(String municipality, List<NormResponse> norms) {}

	/**
	 * @param current the value in effect today (the product default when the municipality has none)
	 * @param upcoming scheduled values, soonest first
	 * @param history values that took effect today or earlier, newest first
	 */
	@Schema(name = "MunicipalityNorm")
	record NormResponse(NormKey key, String requirement, String name, NormUnit unit, @Nullable SettingResponse current,
			List<SettingResponse> upcoming, List<SettingResponse> history) {

		static NormResponse of(NormOverview overview) {
			var key = overview.key();
			return new NormResponse(key, key.requirement(), key.dutchName(), key.unit(),
					overview.current() == null ? null : SettingResponse.of(overview.current()),
					overview.upcoming().stream().map(SettingResponse::of).toList(),
					overview.history().stream().map(SettingResponse::of).toList());
		}
	}

	record SettingResponse(int amount, LocalDate effectiveFrom, boolean productDefault, String changedBy,
			Instant changedAt, @Nullable String note) {

		static SettingResponse of(NormSetting setting) {
			return new SettingResponse(setting.amount(), setting.effectiveFrom(), setting.productDefault(),
					setting.changedBy(), setting.changedAt(), setting.note());
		}
	}
}
