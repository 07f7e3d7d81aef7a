package nl.jeugdregie.messaging.internal.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.jeugdregie.messaging.IjwMessageType;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Level 1: validation against the iJw XSDs in a directory from configuration ({@code jeugdregie.ijw.schema-dir}). The
 * product does not ship the standard's files; without a directory level 1 is skipped and the reader's own checks
 * remain. Schemas are compiled once per type; validators are not thread-safe, so each thread keeps one per type and
 * gives it a fresh error handler for each use (ADR 0050). A document that {@link HardenedXml} parsed against
 * {@link #all()} was validated in that pass: its errors are taken from it instead of walking the tree again (P4).
 */
public final class IjwSchemas {

	private final @Nullable Path directory;
	private final Map<IjwMessageType, Schema> compiled = new ConcurrentHashMap<>();
	private volatile @Nullable Schema all;
	private final ThreadLocal<Map<IjwMessageType, javax.xml.validation.Validator>> validators = ThreadLocal
			.withInitial(() -> new java.util.EnumMap<>(IjwMessageType.class));

	public IjwSchemas(@Nullable Path directory) {
		this.directory = directory;
	}

	public boolean enabled() {
		return directory != null;
	}

	/**
	 * One schema of every message type in the directory (each type has its own namespace, so a document is validated
	 * against the declaration of its own root element), for validating while parsing; empty when disabled.
	 */
	public Optional<Schema> all() {
		if (directory == null) {
			return Optional.empty();
		}
		var schema = all;
		if (schema == null) {
			synchronized (this) {
				if (all == null) {
					all = compile(messageSchemas(directory));
				}
				schema = all;
			}
		}
		return Optional.of(schema);
	}

	/** The schema errors of {@code document} as a message of {@code type} (empty when valid or when disabled). */
	@SuppressWarnings("unchecked")
	public List<String> validate(IjwMessageType type, Document document) {
		if (document.getUserData(HardenedXml.SCHEMA_ERRORS) instanceof List<?> found
				&& IjwXmlReader.namespace(type).equals(document.getDocumentElement().getNamespaceURI())) {
			return (List<String>) found; // validated against this type's declaration while parsing
		}
		var schema = schema(type);
		if (schema.isEmpty()) {
			return List.of();
		}
		var errors = new ArrayList<String>();
		var validator = validators.get().computeIfAbsent(type, t -> newValidator(schema.get()));
		try {
			validator.setErrorHandler(new Collecting(errors));
			validator.validate(new DOMSource(document));
		} catch (SAXException | java.io.IOException e) {
			errors.add(String.valueOf(e.getMessage()));
		} finally {
			validator.setErrorHandler(null);
		}
		return errors;
	}

	/** A validator that reaches nothing outside (no reset() later: the JDK's reset drops its security settings). */
	private static javax.xml.validation.Validator newValidator(Schema schema) {
		var validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		} catch (SAXException e) {
			throw new IllegalStateException("The iJw validator cannot be hardened", e);
		}
		return validator;
	}

	/** Collects the errors of one validation. */
	private record Collecting(List<String> errors) implements ErrorHandler {
		@Override
		public void warning(SAXParseException e) {}

		@Override
		public void error(SAXParseException e) {
			errors.add(e.getMessage());
		}

		@Override
		public void fatalError(SAXParseException e) {
			errors.add(e.getMessage());
		}
	}

	private Optional<Schema> schema(IjwMessageType type) {
		if (directory == null) {
			return Optional.empty();
		}
		return Optional.of(compiled.computeIfAbsent(type, t -> {
			var file = directory.resolve(t.name() + ".xsd");
			if (!Files.isReadable(file)) {
				throw new IllegalStateException("No iJw schema " + file.getFileName() + " in the configured schema directory");
			}
			return compile(List.of(file));
		}));
	}

	/** The message schemas in the directory: JW followed by digits. */
	private static List<Path> messageSchemas(Path directory) {
		try (var files = Files.list(directory)) {
			var found = files.filter(f -> f.getFileName().toString().matches("JW\\d+\\.xsd")).sorted().toList();
			if (found.isEmpty()) {
				throw new IllegalStateException("No iJw message schemas in the configured schema directory");
			}
			return found;
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("The iJw schema directory cannot be read", e);
		}
	}

	private static Schema compile(List<Path> files) {
		try {
			var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			// The message schema imports Basisschema.xsd from the same trusted directory.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
			return factory.newSchema(files.stream().map(f -> new javax.xml.transform.stream.StreamSource(f.toFile()))
					.toArray(javax.xml.transform.Source[]::new));
		} catch (SAXException e) {
			throw new IllegalStateException("The iJw schemas " + files.stream().map(Path::getFileName).toList()
					+ " cannot be read", e);
		}
	}
}
