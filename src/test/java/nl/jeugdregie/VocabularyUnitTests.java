package nl.jeugdregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 8: every template and every message bundle keeps the one vocabulary of docs/glossary.md: no
 * "huishouden", "samenwerkingsplan", "plan voor het gezin" or "behandelaar", one name for the waiting-term report,
 * no requirement codes (TOE-5, STU-5 …) and no "1 hulpvragen" or "(en)" plurals. Drift fails the build.
 */
class VocabularyUnitTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	@DisplayName("Issue 13 item 8: the patterns find each banned variant and pass the glossary's words")
	void thePatternsFindTheBannedVariants() {
		assertThat(Vocabulary.violations("Het huishouden en het samenwerkingsplan")).hasSize(2);
		assertThat(Vocabulary.violations("Plan voor het gezin, behandelaar")).hasSize(2);
		assertThat(Vocabulary.violations("Norm TOE-5 en STU-5")).hasSize(2);
		assertThat(Vocabulary.violations("1 hulpvragen wachten; 3 product(en)")).hasSize(2);
		assertThat(Vocabulary.violations("Maandrapportage wachttermijn")).hasSize(1);
		assertThat(Vocabulary.violations("Het gezin, het gezinsplan om te printen, de regisseur, toegewezen aan; "
				+ "1 hulpvraag wacht, 2 hulpvragen wachten, 11 dagen; Maandrapportage wachttermijn en doorlooptijd; "
				+ "wachttijden bij aanbieders")).isEmpty();
	}

	@Test
	@DisplayName("Issue 13 item 8: no template shows a banned word, a requirement code or a wrong plural")
	void templatesKeepTheVocabulary() throws IOException {
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				var text = Vocabulary.withoutComments(Files.readString(file, StandardCharsets.UTF_8));
				Vocabulary.violations(text).forEach(v -> found.add(RESOURCES.relativize(file) + ": " + v));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	@DisplayName("Issue 13 item 8: no message of the bundles shows a banned word, a requirement code or a wrong plural")
	void messagesKeepTheVocabulary() throws IOException {
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (var file : files.filter(f -> f.getFileName().toString().matches("messages.*\\.properties")).sorted()
					.toList()) {
				for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank() && !line.startsWith("#")) {
						var message = line.substring(line.indexOf('=') + 1);
						Vocabulary.violations(message).forEach(v -> found.add(file.getFileName() + ": " + v));
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
