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
 * gives it a fresh error handler for each use (ADR 0050).
 */
public final class IjwSchemas {

	private final @Nullable Path directory;
	private final Map<IjwMessageType, Schema> compiled = new ConcurrentHashMap<>();
	private final ThreadLocal<Map<IjwMessageType, javax.xml.validation.Validator>> validators = ThreadLocal
			.withInitial(() -> new java.util.EnumMap<>(IjwMessageType.class));

	public IjwSchemas(@Nullable Path directory) {
		this.directory = directory;
	}

	public boolean enabled() {
		return directory != null;
	}

	/** The schema errors of {@code document} as a message of {@code type} (empty when valid or when disabled). */
	public List<String> validate(IjwMessageType type, Document document) {
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
			try {
				var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				// The message schema imports Basisschema.xsd from the same trusted directory.
				factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
				return factory.newSchema(file.toFile());
			} catch (SAXException e) {
				throw new IllegalStateException("The iJw schema " + file.getFileName() + " cannot be read", e);
			}
		}));
	}
}
