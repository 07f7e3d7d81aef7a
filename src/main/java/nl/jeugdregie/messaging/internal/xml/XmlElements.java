package nl.jeugdregie.messaging.internal.xml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.messaging.internal.xml.IjwXmlReader.InvalidContent;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading elements of a parsed iJw message by local name, the one place for it (the message reader and the requests'
 * reader both use it). A missing or empty required element, a number that is not one, or a date that is not an ISO
 * date is {@link InvalidContent} naming the element, never its value.
 */
public final class XmlElements {

	private XmlElements() {}

	/** The first child element with this local name, or null. */
	public static @Nullable Element child(Element parent, String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getLocalName())) {
				return e;
			}
		}
		return null;
	}

	/** Every child element with this local name, in document order. */
	public static List<Element> children(Element parent, String name) {
		return elements(parent).stream().filter(e -> name.equals(e.getLocalName())).toList();
	}

	/** Every child element, in document order. */
	public static List<Element> elements(Element parent) {
		var list = new ArrayList<Element>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				list.add(e);
			}
		}
		return list;
	}

	public static Element required(Element parent, String name) throws InvalidContent {
		var child = child(parent, name);
		if (child == null) {
			throw new InvalidContent(name);
		}
		return child;
	}

	/** The stripped text of a required, non-empty child element. */
	public static String text(Element parent, String name) throws InvalidContent {
		var text = required(parent, name).getTextContent().strip();
		if (text.isEmpty()) {
			throw new InvalidContent(name);
		}
		return text;
	}

	/** The stripped text of a child element, or null when it is missing or blank. */
	public static @Nullable String optionalText(Element parent, String name) {
		var child = child(parent, name);
		return child == null || child.getTextContent().isBlank() ? null : child.getTextContent().strip();
	}

	/** A whole number of at most twelve digits. */
	public static long number(Element parent, String name) throws InvalidContent {
		var text = text(parent, name);
		if (!text.matches("\\d{1,12}")) {
			throw new InvalidContent(name);
		}
		return Long.parseLong(text);
	}

	public static LocalDate date(Element parent, String name) throws InvalidContent {
		try {
			return LocalDate.parse(text(parent, name));
		} catch (DateTimeParseException e) {
			throw new InvalidContent(name);
		}
	}

	public static @Nullable LocalDate optionalDate(Element parent, String name) throws InvalidContent {
		return child(parent, name) == null ? null : date(parent, name);
	}
}
