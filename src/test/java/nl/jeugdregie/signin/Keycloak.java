package nl.jeugdregie.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the single sign-on tests: the distribution the build unpacks from Maven Central
 * ({@code target/keycloak}), started once per test run on a free port in development mode with the repository's
 * realm ({@code keycloak/jeugdregie-realm.json}) imported, and stopped when the JVM ends.
 */
public final class Keycloak {

	public static final String REALM = "jeugdregie";
	public static final String CLIENT = "jeugdregie";
	public static final String CLIENT_SECRET = "jeugdregie-demo-secret";
	private static final String ADMIN = "kc-admin";
	private static final String ADMIN_PASSWORD = "kc-admin-" + Long.toHexString(System.nanoTime());
	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Keycloak running;

	private final int port;
	private final Process process;

	private Keycloak(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	/** The one Keycloak of this test run, started at the first call (about 30–60 s on this machine). */
	public static synchronized Keycloak instance() {
		if (running == null) {
			running = start();
		}
		return running;
	}

	public String issuer() {
		return "http://localhost:" + port + "/realms/" + REALM;
	}

	public String origin() {
		return "http://localhost:" + port;
	}

	/** Adds a person to the realm with a password, as the municipality's identity team would. */
	public void addUser(String username, String password) {
		var body = JSON.writeValueAsString(Map.of("username", username, "enabled", true, "firstName", "Test",
				"lastName", "Gebruiker", "email", username + "@example.org", "emailVerified", true,
				"credentials", java.util.List.of(Map.of("type", "password", "value", password, "temporary", false))));
		var response = send(HttpRequest.newBuilder(URI.create(origin() + "/admin/realms/" + REALM + "/users"))
				.header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Keycloak refused the user: " + response.statusCode() + " " + response.body());
		}
	}

	/** An access token for a system, by the client-credentials grant. */
	public String clientCredentialsToken(String clientId, String secret) {
		return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** A person's access token, by the password grant of the Jeugdregie client (for API tests only). */
	public String passwordToken(String username, String password) {
		return token(Map.of("grant_type", "password", "client_id", CLIENT, "client_secret", CLIENT_SECRET,
				"username", username, "password", password, "scope", "openid"));
	}

	private String token(Map<String, String> form) {
		var response = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Keycloak gave no token: " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private String adminToken() {
		var response = send(HttpRequest.newBuilder(URI.create(origin() + "/realms/master/protocol/openid-connect/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
						"username", ADMIN, "password", ADMIN_PASSWORD)))).build());
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private static String form(Map<String, String> values) {
		return values.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static Keycloak start() {
		var home = Paths.get(System.getProperty("jeugdregie.keycloak.home", "target/keycloak/keycloak-26.7.3"));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("Keycloak is not unpacked at " + home.toAbsolutePath()
					+ "; run the build (./mvnw -B verify or process-test-resources), which unpacks it from Maven Central.");
		}
		try {
			var imports = home.resolve("data/import");
			Files.createDirectories(imports);
			Files.copy(Paths.get("keycloak", "jeugdregie-realm.json"), imports.resolve("jeugdregie-realm.json"),
					StandardCopyOption.REPLACE_EXISTING);
			// A fresh development database each run, so the realm import is the repository's.
			deleteRecursively(home.resolve("data/h2"));
			var port = freePort();
			var builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port",
					Integer.toString(port), "--import-realm", "--cache=local", "--health-enabled=false")
					.redirectErrorStream(true)
					.redirectOutput(Paths.get("target", "keycloak.log").toFile());
			builder.environment().put("JAVA_HOME", jdk25().toString());
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
			var process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
			}));
			var keycloak = new Keycloak(port, process);
			keycloak.awaitRealm();
			return keycloak;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void awaitRealm() {
		var deadline = Instant.now().plus(START_TIMEOUT);
		var discovery = URI.create(issuer() + "/.well-known/openid-configuration");
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting; see target/keycloak.log");
			}
			try {
				var response = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Still starting.
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("Keycloak did not serve the realm within " + START_TIMEOUT
				+ "; see target/keycloak.log");
	}

	private static Path jdk25() {
		try (Stream<Path> jdks = Files.list(Paths.get("/usr/lib/jvm"))) {
			return jdks.filter(path -> path.getFileName().toString().contains("25"))
					.filter(path -> Files.isExecutable(path.resolve("bin/java"))).findFirst()
					.orElse(Paths.get(System.getProperty("java.home")));
		}
		catch (IOException e) {
			return Paths.get(System.getProperty("java.home"));
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			for (var each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}
}
