package nl.jeugdregie.signin.internal.sso;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/identity-provider")
@Tag(name = "Beheer: inlogdienst", description = "The municipality's OpenID Connect provider for single sign-on (issue 14)")
class IdentityProviderApiController {

	@Schema(name = "IdentityProvider", title = "Inlogdienst", description = "The provider's settings; the client secret is never answered.")
	record ProviderResponse(String displayName, String issuer, String clientId, boolean clientSecretSet,
			String usernameClaim, boolean enabled, boolean localLoginEnabled, long version) {

		static ProviderResponse of(IdentityProvider provider) {
			return new ProviderResponse(provider.displayName(), provider.issuer().toString(), provider.clientId(), true,
					provider.usernameClaim(), provider.enabled(), provider.localLoginEnabled(), provider.version());
		}
	}

	@Schema(title = "Inlogdienst instellen", requiredProperties = { "displayName", "issuer", "clientId" })
	record ProviderRequest(@Nullable String displayName, @Nullable String issuer, @Nullable String clientId,
			@Schema(description = "Required when none is set yet; left out, the secret that is set stays")
			@Nullable String clientSecret,
			@Schema(description = "The claim naming the user; preferred_username when left out")
			@Nullable String usernameClaim,
			@Nullable Boolean enabled, @Nullable Boolean localLoginEnabled) {}

	private final IdentityProviderAdministration administration;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	IdentityProviderApiController(IdentityProviderAdministration administration, CurrentUsers users,
			OutcomeResponses responses) {
		this.administration = administration;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping
	@Operation(summary = "The municipality's provider for single sign-on (404 when none is set up)")
	ResponseEntity<ProviderResponse> show() {
		return administration.current(users.current()).map(ProviderResponse::of).map(ResponseEntity::ok)
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PutMapping
	@Operation(summary = "Set up or change the provider. If-Match: the version changed (none when setting it up)")
	@ApiResponse(responseCode = "200", description = "De inlogdienst; ETag is de versie", content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
	ResponseEntity<?> save(@RequestBody ProviderRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		// None: set it up; unreadable: a version that never matches, so the change is refused as stale.
		var named = IfMatch.version(ifMatch);
		long expected = ifMatch == null ? -1 : named == null ? Long.MIN_VALUE : named;
		var settings = new IdentityProviderSettings(request.displayName(), request.issuer(), request.clientId(),
				request.clientSecret(), request.usernameClaim(), request.enabled() == null || request.enabled(),
				request.localLoginEnabled() == null || request.localLoginEnabled());
		return responses.toResponse(administration.save(users.current(), settings, expected),
				provider -> ResponseEntity.ok().eTag("\"" + provider.version() + "\"").body(ProviderResponse.of(provider)));
	}
}
