package nl.jeugdregie.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The iJw reference material ({@code ../shared/ijw} from the project; from a worktree one level further up, or the
 * {@code JEUGDREGIE_IJW_DIR} environment variable). The product never copies it into its source tree.
 */
public final class IjwReference {

	private IjwReference() {}

	public static Path directory() {
		var env = System.getenv("JEUGDREGIE_IJW_DIR");
		var candidates = Stream.concat(env == null ? Stream.empty() : Stream.of(Path.of(env)),
				Stream.of(Path.of("../shared/ijw"), Path.of("../../shared/ijw"), Path.of("/work/shared/ijw")));
		return candidates.filter(p -> Files.isDirectory(p.resolve("xsd"))).findFirst().map(Path::toAbsolutePath)
				.orElseThrow(() -> new IllegalStateException("The iJw reference material ../shared/ijw is missing"));
	}

	public static Path schemas() {
		return directory().resolve("xsd");
	}

	public static String example(String type) {
		try {
			return Files.readString(directory().resolve("examples").resolve(type + ".xml"), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static List<String> exampleTypes() {
		return List.of("JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW315", "JW316", "JW317", "JW318", "JW319",
				"JW320", "JW323", "JW325");
	}
}
