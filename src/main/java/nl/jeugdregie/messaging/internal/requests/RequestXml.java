package nl.jeugdregie.messaging.internal.requests;

import static nl.jeugdregie.messaging.internal.xml.XmlElements.child;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.children;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.date;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.elements;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.number;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.optionalText;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.required;
import static nl.jeugdregie.messaging.internal.xml.XmlElements.text;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Bsn;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.xml.IjwXmlReader;
import nl.jeugdregie.messaging.internal.xml.IjwXmlReader.InvalidContent;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads JW315/JW317 requests and JW320 retours, and writes the retours JW316/JW318 and the answer JW319, in the
 * element order of the iJw 3.2 schemas (tests validate each against {@code ../shared/ijw/xsd}). A retour repeats the
 * request it answers under the retour's namespace, with the retour's identification and, for a level-3 rejection,
 * the codes on every class.
 */
final class RequestXml {

	private static final String XSD_VERSION = "1.0.0";
	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
	/** The classes of a JW316/JW318 that carry retour codes, besides the header. */
	private static final Set<String> LINE_CLASSES = Set.of("AangevraagdProduct", "OngewijzigdProduct", "TeWijzigenProduct",
			"NieuwProduct");

	/** What a JW320 says about a JW319: the answer's identification and the codes, and whether it was taken. */
	record AnswerRetour(String answerIdentification, String reference, List<String> codes) {
		boolean accepted() {
			return codes.stream().allMatch(RetourCodes.NO_REMARK::equals);
		}
	}

	private RequestXml() {}

	static RequestMessage read(Document document, Header header) throws InvalidContent {
		var root = document.getDocumentElement();
		try {
			var h = required(root, "Header");
			if (!Header.VERSION.equals(text(h, "BerichtVersie")) || !Header.SUBVERSION.equals(text(h, "BerichtSubversie"))) {
				throw new InvalidContent("BerichtVersie");
			}
			var client = required(root, "Client");
			var bsn = text(client, "Bsn");
			if (!Bsn.isValid(bsn)) {
				throw new InvalidContent("Bsn");
			}
			var lines = new ArrayList<RequestMessage.Line>();
			if (header.type() == IjwMessageType.JW315) {
				for (var p : children(required(client, "AangevraagdeProducten"), "AangevraagdProduct")) {
					lines.add(line(p, RequestMessage.Kind.REQUESTED, text(p, "ReferentieAanbieder"), null,
							"ToewijzingIngangsdatum", "ToewijzingEinddatum"));
				}
				return new RequestMessage(header, new Bsn(bsn), date(required(client, "Geboortedatum"), "Datum"), null, null,
						lines);
			}
			var request = required(client, "Verzoek");
			var unchanged = child(request, "OngewijzigdeProducten");
			if (unchanged != null) {
				for (var p : children(unchanged, "OngewijzigdProduct")) {
					lines.add(new RequestMessage.Line(RequestMessage.Kind.UNCHANGED, null, number(p, "ToewijzingNummer"), null,
							null, null, null, null, null, null, null));
				}
			}
			var changed = child(request, "TeWijzigenProducten");
			if (changed != null) {
				for (var p : children(changed, "TeWijzigenProduct")) {
					lines.add(line(p, RequestMessage.Kind.CHANGED, null, number(p, "ToewijzingNummer"), "GewensteIngangsdatum",
							"Einddatum"));
				}
			}
			var added = child(request, "NieuweProducten");
			if (added != null) {
				for (var p : children(added, "NieuwProduct")) {
					lines.add(line(p, RequestMessage.Kind.NEW, null, null, "GewensteIngangsdatum", "Einddatum"));
				}
			}
			return new RequestMessage(header, new Bsn(bsn), null, text(request, "ReferentieAanbieder"),
					text(request, "RedenVerzoek"), lines);
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new InvalidContent("Inhoud");
		}
	}

	private static RequestMessage.Line line(Element p, RequestMessage.Kind kind, @Nullable String reference,
			@Nullable Long number, String fromName, String untilName) throws InvalidContent {
		var product = child(p, "Product");
		var size = child(p, "Omvang");
		return new RequestMessage.Line(kind, reference, number, product == null ? null : text(product, "Categorie"),
				product == null ? null : optionalText(product, "Code"), date(p, fromName),
				child(p, untilName) == null ? null : date(p, untilName),
				size == null ? null : Math.toIntExact(number(size, "Volume")), size == null ? null : text(size, "Eenheid"),
				size == null ? null : text(size, "Frequentie"), child(p, "Budget") == null ? null : number(p, "Budget"));
	}

	/** A JW320: the JW319 it answers (its header's identification) and every code in it. */
	static AnswerRetour readAnswerRetour(Document document) throws InvalidContent {
		var root = document.getDocumentElement();
		var header = required(root, "Header");
		var codes = new ArrayList<String>();
		codes(header, codes);
		var answer = child(root, "Antwoord");
		var reference = "";
		if (answer != null) {
			reference = text(answer, "ReferentieAanbieder");
			codes(answer, codes);
			var place = child(answer, "Woonplaatsbeginsel");
			if (place != null) {
				codes(place, codes);
			}
		}
		return new AnswerRetour(text(required(header, "BerichtIdentificatie"), "Identificatie"), reference, codes);
	}

	/** A retour's own identification (IdentificatieRetour in its header). */
	static String retourIdentification(Document document) throws InvalidContent {
		return text(required(document.getDocumentElement(), "Header"), "IdentificatieRetour");
	}

	private static void codes(Element parent, List<String> into) throws InvalidContent {
		var codes = child(parent, "RetourCodes");
		if (codes != null) {
			for (var code : children(codes, "RetourCode")) {
				into.add(code.getTextContent().strip());
			}
		}
	}

	/**
	 * The retour (JW316 or JW318) on a request: the request's header under the retour's code with the retour's
	 * identification and date; for a level-3 rejection the request's classes too, each with its codes.
	 */
	static byte[] retour(Document original, Header header, String identification, LocalDate dateStamp, RequestCodes codes) {
		var type = header.type().retour().orElseThrow();
		var fromNs = IjwXmlReader.namespace(header.type());
		var ns = IjwXmlReader.namespace(type);
		var prefix = type.name().toLowerCase(Locale.ROOT);
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			var out = factory.newDocumentBuilder().newDocument();
			var root = out.createElementNS(ns, prefix + ":Bericht");
			root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ijw", IjwXmlReader.BASE);
			out.appendChild(root);
			var h = out.createElementNS(ns, prefix + ":Header");
			root.appendChild(h);
			var source = required(original.getDocumentElement(), "Header");
			for (var child : elements(source)) {
				if ("BerichtCode".equals(child.getLocalName())) {
					h.appendChild(element(out, ns, prefix, "BerichtCode", Header.code(type)));
				} else {
					h.appendChild(copy(out, child, fromNs, ns, prefix, null));
				}
			}
			h.appendChild(element(out, ns, prefix, "IdentificatieRetour", identification));
			h.appendChild(element(out, ns, prefix, "DagtekeningRetour", dateStamp.toString()));
			var version = out.createElementNS(ns, prefix + ":XsdVersieRetour");
			version.appendChild(element(out, IjwXmlReader.BASE, "ijw", "BasisschemaXsdVersie", XSD_VERSION));
			version.appendChild(element(out, IjwXmlReader.BASE, "ijw", "BerichtXsdVersie", XSD_VERSION));
			h.appendChild(version);
			appendCodes(out, h, ns, prefix, codes.header());
			if (codes.perClass()) {
				var counter = new int[] { 0 };
				root.appendChild(copy(out, required(original.getDocumentElement(), "Client"), fromNs, ns, prefix,
						new Coder(codes, counter)));
			}
			return serialise(out);
		} catch (ParserConfigurationException | InvalidContent | TransformerException e) {
			throw new IllegalStateException("A retour could not be written", e);
		}
	}

	/** Puts each class's codes at its end while copying (the codes are the last element of every class). */
	private record Coder(RequestCodes codes, int[] lineIndex) {
		@Nullable List<String> codesOf(String className) {
			if (LINE_CLASSES.contains(className)) {
				var i = lineIndex[0]++;
				return i < codes.lines().size() ? codes.lines().get(i) : List.of(RetourCodes.NO_REMARK);
			}
			return switch (className) {
				case "Client" -> codes.client();
				case "Verzoek" -> codes.request().isEmpty() ? List.of(RetourCodes.NO_REMARK) : codes.request();
				default -> null;
			};
		}
	}

	private static Element copy(Document out, Element source, String fromNs, String ns, String prefix,
			@Nullable Coder coder) {
		var ours = fromNs.equals(source.getNamespaceURI());
		var copy = ours ? out.createElementNS(ns, prefix + ":" + source.getLocalName())
				: out.createElementNS(source.getNamespaceURI(), "ijw:" + source.getLocalName());
		// A line's codes are taken before its children are copied, so lines are numbered in document order.
		var codes = ours && coder != null ? coder.codesOf(source.getLocalName()) : null;
		var hasElements = false;
		for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				hasElements = true;
				copy.appendChild(copy(out, e, fromNs, ns, prefix, coder));
			}
		}
		if (!hasElements) {
			copy.setTextContent(source.getTextContent().strip());
		}
		if (codes != null) {
			appendCodes(out, copy, ns, prefix, codes.isEmpty() ? List.of(RetourCodes.NO_REMARK) : codes);
		}
		return copy;
	}

	private static void appendCodes(Document out, Element parent, String ns, String prefix, List<String> codes) {
		if (codes.isEmpty()) {
			return;
		}
		var list = out.createElementNS(ns, prefix + ":RetourCodes");
		for (var code : codes) {
			list.appendChild(element(out, ns, prefix, "RetourCode", code));
		}
		parent.appendChild(list);
	}

	private static Element element(Document out, String ns, String prefix, String name, String text) {
		var e = out.createElementNS(ns, prefix + ":" + name);
		e.setTextContent(text);
		return e;
	}

	private static byte[] serialise(Document document) throws TransformerException {
		var factory = TransformerFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		var transformer = factory.newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.setOutputProperty(OutputKeys.INDENT, "no");
		var bytes = new ByteArrayOutputStream(4096);
		transformer.transform(new DOMSource(document), new StreamResult(bytes));
		return bytes.toByteArray();
	}

	/** JW319: the municipality's answer to the request with this ReferentieAanbieder. */
	static byte[] answer(Header header, String reference, AnswerKind answer, @Nullable DeclineReason reason,
			@Nullable String residence) {
		var type = IjwMessageType.JW319;
		var ns = IjwXmlReader.namespace(type);
		var out = new ByteArrayOutputStream(2048);
		try {
			var x = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			x.setPrefix("jw319", ns);
			x.setPrefix("ijw", IjwXmlReader.BASE);
			x.writeStartElement("jw319", "Bericht", ns);
			x.writeNamespace("jw319", ns);
			x.writeNamespace("ijw", IjwXmlReader.BASE);
			x.writeStartElement("jw319", "Header", ns);
			write(x, ns, "jw319", "BerichtCode", Header.code(type));
			write(x, ns, "jw319", "BerichtVersie", Header.VERSION);
			write(x, ns, "jw319", "BerichtSubversie", Header.SUBVERSION);
			write(x, ns, "jw319", "Afzender", header.sender());
			write(x, ns, "jw319", "Ontvanger", header.receiver());
			x.writeStartElement("jw319", "BerichtIdentificatie", ns);
			write(x, IjwXmlReader.BASE, "ijw", "Identificatie", header.identification());
			write(x, IjwXmlReader.BASE, "ijw", "Dagtekening", header.dateStamp().toString());
			x.writeEndElement();
			x.writeStartElement("jw319", "XsdVersie", ns);
			write(x, IjwXmlReader.BASE, "ijw", "BasisschemaXsdVersie", XSD_VERSION);
			write(x, IjwXmlReader.BASE, "ijw", "BerichtXsdVersie", XSD_VERSION);
			x.writeEndElement();
			x.writeEndElement();
			x.writeStartElement("jw319", "Antwoord", ns);
			write(x, ns, "jw319", "ReferentieAanbieder", reference);
			write(x, ns, "jw319", "VerzoekAntwoord", answer.code());
			if (reason != null) {
				write(x, ns, "jw319", "RedenAfwijzingVerzoek", reason.code());
			}
			if (residence != null) {
				x.writeStartElement("jw319", "Woonplaatsbeginsel", ns);
				write(x, ns, "jw319", "Gemeente", residence);
				x.writeEndElement();
			}
			x.writeEndElement();
			x.writeEndElement();
			x.writeEndDocument();
			x.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("A JW319 could not be written", e);
		}
		return out.toByteArray();
	}

	private static void write(javax.xml.stream.XMLStreamWriter x, String ns, String prefix, String name, String value)
			throws XMLStreamException {
		x.writeStartElement(prefix, name, ns);
		x.writeCharacters(value);
		x.writeEndElement();
	}
}
