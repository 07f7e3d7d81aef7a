package nl.jeugdregie.messaging.internal.xml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.Schema;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted iJw XML (OWASP XXE prevention): secure processing on, any DOCTYPE refused (so no entity expansion
 * and no external entities or DTDs), no XInclude, a size limit checked before parsing, and only UTF-8 (what iJw
 * prescribes), decoded strictly so a wrong encoding is refused instead of read as garbage.
 * <p>
 * Given the iJw schemas ({@link IjwSchemas#all()}), the parser also validates while it reads (P4): one pass instead of
 * a parse followed by a second walk over the tree, which cost more than the parse itself. The schema errors are kept
 * on the document ({@link #SCHEMA_ERRORS}), where {@link IjwSchemas#validate} finds them; a schema error does not stop
 * the parse, a malformed document still does.
 */
public final class HardenedXml {

	private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

	/** The user-data key under which a document parsed against a schema keeps its schema errors (a list, maybe empty). */
	static final String SCHEMA_ERRORS = "nl.jeugdregie.ijw.schema-errors";

	private final long maxBytes;
	private final DocumentBuilderFactory factory = factory();
	/** A builder per thread, reset before each parse: making one is dearer than parsing a small message (ADR 0050). */
	private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(() -> newBuilder(factory));
	/** The same per schema to validate against while parsing (in practice one: all iJw messages), one factory each. */
	private final Map<Schema, ThreadLocal<DocumentBuilder>> validatingBuilders = new ConcurrentHashMap<>();

	public HardenedXml(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** A hardened factory; a new one for each schema, since the schema is part of a factory's configuration. */
	private static DocumentBuilderFactory factory() {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			// Validating must not change the tree the reader sees: no normalised values, no defaults filled in.
			factory.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
			factory.setFeature("http://apache.org/xml/features/validation/schema/element-default", false);
			return factory;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("The XML parser cannot be hardened", e);
		}
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** The document in {@code bytes}, or why it is refused. */
	public Document parse(byte[] bytes) throws XmlRefused {
		return parse(bytes, null);
	}

	/**
	 * The document in {@code bytes}, or why it is refused; when a schema is given, validated against it in the same pass,
	 * its schema errors kept on the document ({@link #SCHEMA_ERRORS}).
	 */
	public Document parse(byte[] bytes, @Nullable Schema validatingAgainst) throws XmlRefused {
		if (bytes.length > maxBytes) {
			throw new XmlRefused(XmlRefused.Kind.TOO_LARGE,
					Labels.text("text.messaging.xml.tooLarge", String.valueOf(maxBytes / (1024 * 1024))));
		}
		var text = utf8(bytes);
		try {
			var builder = validatingAgainst == null ? builders.get()
					: validatingBuilders.computeIfAbsent(validatingAgainst, schema -> {
						var validating = factory();
						validating.setSchema(schema);
						return ThreadLocal.withInitial(() -> newBuilder(validating));
					}).get();
			builder.reset();
			var schemaErrors = new ArrayList<String>();
			builder.setErrorHandler(validatingAgainst == null ? SILENT : new Collecting(schemaErrors));
			builder.setEntityResolver(NO_ENTITIES);
			var document = builder.parse(new InputSource(new StringReader(text)));
			if (validatingAgainst != null) {
				document.setUserData(SCHEMA_ERRORS, List.copyOf(schemaErrors), null);
			}
			return document;
		} catch (SAXException e) {
			var message = String.valueOf(e.getMessage());
			if (message.contains("DOCTYPE") || message.contains("ntit")) {
				throw new XmlRefused(XmlRefused.Kind.FORBIDDEN_CONSTRUCT,
						Labels.text("text.messaging.xml.forbiddenConstruct"));
			}
			throw new XmlRefused(XmlRefused.Kind.MALFORMED, Labels.text("text.messaging.xml.malformed"));
		} catch (IOException e) {
			throw new XmlRefused(XmlRefused.Kind.MALFORMED, Labels.text("text.messaging.xml.malformed"));
		}
	}

	private static DocumentBuilder newBuilder(DocumentBuilderFactory factory) {
		try {
			synchronized (factory) { // a factory is not promised to be thread-safe
				return factory.newDocumentBuilder();
			}
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("The XML parser cannot be made", e);
		}
	}

	private static final org.xml.sax.EntityResolver NO_ENTITIES = (publicId, systemId) -> {
		throw new SAXException("External entities are not allowed");
	};

	private static String utf8(byte[] bytes) throws XmlRefused {
		var offset = 0;
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			throw wrongEncoding();
		}
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			offset = 3;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException e) {
			throw wrongEncoding();
		}
		var declared = DECLARED_ENCODING.matcher(text);
		if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
			throw wrongEncoding();
		}
		return text;
	}

	private static XmlRefused wrongEncoding() {
		return new XmlRefused(XmlRefused.Kind.WRONG_ENCODING, Labels.text("text.messaging.xml.wrongEncoding"));
	}

	/** While validating: a schema error is collected and the parse goes on; a malformed document stops it. */
	private record Collecting(List<String> errors) implements ErrorHandler {
		@Override
		public void warning(SAXParseException e) {}

		@Override
		public void error(SAXParseException e) {
			errors.add(String.valueOf(e.getMessage()));
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}

	private static final ErrorHandler SILENT = new ErrorHandler() {
		@Override
		public void warning(SAXParseException e) {}

		@Override
		public void error(SAXParseException e) throws SAXException {
			throw e;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	};
}
