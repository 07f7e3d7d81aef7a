package nl.jeugdregie.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;

@DisplayName("Enum labels and Dutch texts come from messages.properties, not from Java (issue 18 item 7)")
class LabelsUnitTests {

	/** Not in the bundle on purpose: shows that a missing label throws. */
	enum Unlabelled implements Labelled {
		NOTHING
	}

	private static List<Class<?>> classes;

	@BeforeAll
	static void scanTheApplication() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		var found = new ArrayList<Class<?>>();
		for (var definition : scanner.findCandidateComponents("nl.jeugdregie")) {
			var type = Class.forName(definition.getBeanClassName(), false, LabelsUnitTests.class.getClassLoader());
			if (type.getEnclosingClass() != LabelsUnitTests.class && type != LabelsUnitTests.class) {
				found.add(type);
			}
		}
		classes = found;
	}

	@Test
	@DisplayName("issue 18 item 7: every constant of every Labelled enum has a non-blank Dutch label")
	void everyLabelledEnumHasALabelForEachConstant() {
		var labelled = classes.stream().filter(Class::isEnum).filter(Labelled.class::isAssignableFrom).toList();
		assertThat(labelled).hasSizeGreaterThan(60);
		for (var type : labelled) {
			for (var constant : type.getEnumConstants()) {
				assertThat(((Labelled) constant).dutchName()).as(Labels.key((Enum<?>) constant)).isNotBlank();
			}
		}
	}

	@Test
	@DisplayName("issue 18 item 7: every state of a sealed interface with a Dutch name or text has a label")
	void everyStateOfASealedInterfaceWithADutchNameHasALabel() {
		var sealed = classes.stream().filter(Class::isSealed).filter(Class::isInterface)
				.filter(type -> Arrays.stream(type.getDeclaredMethods())
						.anyMatch(m -> m.getName().equals("dutchName") || m.getName().equals("dutchText")))
				.toList();
		assertThat(sealed).hasSizeGreaterThanOrEqualTo(6);
		for (var type : sealed) {
			for (var state : type.getPermittedSubclasses()) {
				assertThat(Labels.ofType(state)).as(state.getName()).isNotBlank();
			}
		}
	}

	@Test
	@DisplayName("issue 18 item 7: no label key in the bundle without its enum constant or type")
	void noLabelKeyIsUnused() {
		var unused = Labels.keys().stream().filter(key -> key.startsWith(Labels.PREFIX))
				.filter(key -> !used(key)).sorted().toList();
		assertThat(unused).isEmpty();
	}

	@Test
	@DisplayName("issue 18 item 7: every text.… key is read by the code, and every key the code reads is in the bundle")
	void everyTextKeyIsUsedAndPresent() throws IOException {
		var read = new TreeSet<String>();
		var call = Pattern.compile("Labels\\.text\\(\\s*\"(text\\.[^\"]+)\"");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				call.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().forEach(m -> read.add(m.group(1)));
			}
		}
		var inBundle = new TreeSet<>(Labels.keys().stream().filter(key -> key.startsWith("text.")).toList());
		assertThat(read).isNotEmpty();
		assertThat(inBundle).as("text keys nothing reads").containsExactlyElementsOf(read);
	}

	@Test
	@DisplayName("issue 18 item 7: a missing label throws, naming its key, and never shows the constant")
	void aMissingLabelThrowsNamingTheKey() {
		assertThatThrownBy(Unlabelled.NOTHING::dutchName).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("label.platform.text.LabelsUnitTests.Unlabelled.NOTHING");
		assertThatThrownBy(() -> Labels.text("nowhere.key")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("nowhere.key");
	}

	@Test
	@DisplayName("issue 18 item 7: a text reads as in the bundle, its arguments filled in as Spring does")
	void readsTextsAsTheMessageSourceDoes() {
		assertThat(Labels.text("NotBlank")).isEqualTo("Vul dit veld in.");
		assertThat(Labels.text("Size", "naam", 50)).isEqualTo("Gebruik hier maximaal 50 tekens.");
		var spring = new ResourceBundleMessageSource();
		spring.setBasename("messages");
		spring.setDefaultEncoding("UTF-8");
		spring.setFallbackToSystemLocale(false);
		for (var key : Labels.keys()) {
			assertThat(Labels.text(key)).as(key).isEqualTo(spring.getMessage(key, null, Locale.of("nl", "NL")));
		}
	}

	@Test
	@DisplayName("issue 18 item 7: numbers in texts are written as Java wrote them, with the singular for one")
	void writesNumbersWithoutGroupingAndChoosesTheSingularForOne() {
		assertThat(Labels.text("text.intake.clock.daysLeft", 1L)).isEqualTo("Nog 1 dag");
		assertThat(Labels.text("text.intake.clock.daysLeft", 3L)).isEqualTo("Nog 3 dagen");
		assertThat(Labels.text("text.intake.clock.daysLeft", -3L)).isEqualTo("Nog -3 dagen");
		assertThat(Labels.text("text.intake.clock.overdue", 1234L)).isEqualTo("Termijn 1234 dagen overschreden");
		assertThat(Labels.text("text.intake.term.overdue", 8L, 1L)).isEqualTo("Termijn 8 dagen overschreden (1 week)");
		assertThat(Labels.text("text.plans.meeting.version", "6-11-2026", 0)).isEqualTo("MDO van 6-11-2026: 0 besluiten");
		assertThat(Labels.text("text.plans.meeting.version", "6-11-2026", 1)).isEqualTo("MDO van 6-11-2026: 1 besluit");
	}

	@Test
	@DisplayName("issue 18 item 7: the key names the enum's type without nl.jeugdregie, nested types with a dot")
	void namesTheKeyAfterTheType() {
		assertThat(Labels.key(Unlabelled.NOTHING)).isEqualTo("label.platform.text.LabelsUnitTests.Unlabelled.NOTHING");
	}

	/** Whether the key names an existing type (a state) or a constant of an enum, optionally with one text part. */
	private static boolean used(String key) {
		var segments = key.substring(Labels.PREFIX.length()).split("\\.");
		var name = new StringBuilder("nl.jeugdregie");
		var i = 0;
		while (i < segments.length && !Character.isUpperCase(segments[i].charAt(0))) {
			name.append('.').append(segments[i++]);
		}
		if (i == segments.length) {
			return false;
		}
		Optional<Class<?>> type = load(name.append('.').append(segments[i++]).toString());
		while (type.isPresent() && i < segments.length) {
			var nested = load(type.get().getName() + "$" + segments[i]);
			if (nested.isEmpty()) {
				break;
			}
			type = nested;
			i++;
		}
		if (type.isEmpty()) {
			return false;
		}
		var rest = Arrays.copyOfRange(segments, i, segments.length);
		if (!type.get().isEnum()) {
			return rest.length <= 1 && Arrays.stream(type.get().getInterfaces()).anyMatch(Class::isSealed);
		}
		var constant = rest[0];
		return type.get().isEnum() && rest.length <= 2
				&& Arrays.stream(type.get().getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(constant));
	}

	private static Optional<Class<?>> load(String name) {
		try {
			return Optional.of(Class.forName(name, false, LabelsUnitTests.class.getClassLoader()));
		} catch (ClassNotFoundException e) {
			return Optional.empty();
		}
	}
}
