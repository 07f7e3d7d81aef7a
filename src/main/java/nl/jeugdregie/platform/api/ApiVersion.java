package nl.jeugdregie.platform.api;

/** The API's version: the major version is in every path ({@code /api/v1}), the full one in a header. */
public final class ApiVersion {

	/** Semantic version of the REST API; raise the minor for additions, the major (and the path) for breaks. */
	public static final String CURRENT = "1.0.0";

	/** Where the API lives: the major version in the URI (NL API Design Rules, /core/uri-version). */
	public static final String BASE_PATH = "/api/v1";

	/** The response header that names the full version (NL API Design Rules, /core/version-header). */
	public static final String HEADER = "API-Version";

	private ApiVersion() {}
}
